import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Lang } from '../../i18n';
import type { Display } from '../../story/display';
import type { LayerMeta } from '../../story/types';
import { attrs, num } from './escape';
import type { Frame } from './project';
import {
	airports,
	basemapColors,
	basemapLabels,
	basemapLabelStyle,
	featureColor,
	isWaterLabel,
	labelOrderKey,
	labelRank,
	maxDotRank,
	maxLabelRank,
	maxWidthEm,
	midscale,
	placeDotRadius,
	placeLabel,
	widths
} from '../symbology';
import { shapeMarker, SHAPE_SPAN } from './markers';
import { singlePoints } from './story';
import { renderText, textBox, wrap, type Collider, type Line, type TextBlock } from './text';

type Props = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** A basemap feature's name in a language, else in English: flattened (`name_nl`) or raw (`name: { nl }`). */
export function basemapName(p: Props | null, lang: Lang): string {
	const nested = p?.name && typeof p.name === 'object' ? (p.name as Props) : {};
	return text(p?.[`name_${lang}`]) ?? text(nested[lang]) ?? text(p?.name_en) ?? text(nested.en) ?? '';
}

const pointOf = (g: Geometry) => (g.type === 'Point' ? (g as Point).coordinates : undefined);

function screen(frame: Frame, g: Geometry): [number, number] | undefined {
	const at = pointOf(g);
	const xy = at && frame.projection([at[0] ?? 0, at[1] ?? 0]);
	return xy ?? undefined;
}

const inView = (frame: Frame, [x, y]: [number, number]) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;

type Labelled = { p: Props; xy: [number, number]; i: number };

function basemapPoints(fc: FeatureCollection<Geometry, Props>, frame: Frame): Labelled[] {
	return fc.features.flatMap((f, i) => {
		const xy = screen(frame, f.geometry);
		return xy ? [{ p: f.properties ?? {}, xy, i }] : [];
	});
}

/**
 * Kazakhstan's oblast names (`oblasts` basemap, kind `oblast`), as `basemap-oblast-names` draws them from
 * `midscale.minzoom` on: upper case, spaced, in the regions' grey. Placed after the basemap's labels (`collider`
 * holds them): an oblast name never displaces a place's label, as in MapLibre, where they lie below.
 */
export function renderOblastNames(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: Collider
): string[] {
	if (frame.zoom < midscale.minzoom) return [];
	const size = midscale.nameSize;
	return basemapPoints(fc, frame).flatMap(({ p, xy }) => {
		const name = p.kind === 'oblast' ? basemapName(p, lang).toUpperCase() : '';
		if (!name || !inView(frame, xy)) return [];
		const block: TextBlock = {
			x: xy[0],
			y: xy[1],
			lines: wrap(name, size, maxWidthEm.basemap, midscale.nameSpacing).map((t) => ({ text: t, size })),
			anchor: 'middle',
			align: 'center',
			fill: basemapColors.regionLabel,
			halo: basemapColors.halo,
			haloWidth: widths.basemapLabelHalo,
			spacing: midscale.nameSpacing
		};
		return collider.place(textBox(block)) ? [renderText(block)] : [];
	});
}

/**
 * The airports, as `basemap-airports`: a ring and the name beside it, both or neither, placed after the basemap's
 * labels (`collider` holds them). For a drawing at its own size (print sheets, snapshots); the vector map, which shows
 * the story's first view, has no zoom they show at.
 */
export function renderAirports(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: Collider
): string[] {
	const r = (SHAPE_SPAN * airports.iconScale) / 2 + airports.ringWidth;
	return basemapPoints(fc, frame).flatMap(({ p, xy }) => {
		if (p.kind !== airports.kind || labelRank(p) > maxLabelRank(frame.zoom) || !inView(frame, xy)) return [];
		const block = basemapLabelBlock(p, xy, lang, 1);
		if (!block) return [];
		const box = textBox(block);
		const withRing = {
			x0: Math.min(box.x0, xy[0] - r),
			y0: Math.min(box.y0, xy[1] - r),
			x1: box.x1,
			y1: Math.max(box.y1, xy[1] + r)
		};
		if (!collider.place(withRing)) return [];
		const ring = shapeMarker(
			'circle',
			xy[0],
			xy[1],
			airports.iconScale,
			basemapColors.halo,
			airports.ringWidth,
			basemapColors.label
		);
		return [`<g data-airport="">${ring}${renderText(block)}</g>`];
	});
}

/** The basemap's place dots, as `basemap-places`: the same in every language. */
export function renderBasemapDots(fc: FeatureCollection<Geometry, Props>, frame: Frame): string {
	const dots: string[] = [];
	for (const { p, xy } of basemapPoints(fc, frame)) {
		const kind = String(p.kind ?? '');
		if (basemapLabels.dotted.includes(kind) && labelRank(p) <= maxDotRank(frame.zoom) && inView(frame, xy))
			dots.push(
				`<circle${attrs({ cx: xy[0], cy: xy[1], r: placeDotRadius(kind), fill: basemapColors.label, stroke: basemapColors.halo, 'stroke-width': widths.placeDotStroke })}/>`
			);
	}
	return `<g data-basemap="places">${dots.join('')}</g>`;
}

/**
 * The basemap's labels, one `<text>` each: ranks by zoom, the local name on a second, smaller line, a white halo.
 * They are placed in the data's order for the language (`order_<lang>`, from basemapLabelOrder), else by rank, then
 * as listed; a label that would collide with one placed before is left out. For a drawing shown at its own size;
 * for one shown smaller or larger, see renderScaledBasemapLabels.
 */
export function renderBasemapLabels(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: Collider
): string[] {
	return placeBasemapLabels(fc, frame, lang, collider, 1, labelOrder(fc, lang)).map((l) => l.svg);
}

/** The order the basemap's labels are placed in: the data's for the language (`order_<lang>`), else by rank. */
function labelOrder(fc: FeatureCollection<Geometry, Props>, lang: Lang): (l: Labelled) => number {
	const key = labelOrderKey(lang);
	const n = fc.features.length;
	return ({ p, i }) => (typeof p[key] === 'number' ? p[key] : labelRank(p) * n + i);
}

/**
 * The order to place the basemap's labels in, as each feature's place in it: at every scale of `scales`, the labels
 * the vector map shows come first. Those shown at the smallest scale lead, then those the next scale adds, and so on;
 * the rest follow by rank, then as listed. Each scale's labels fit at every larger scale, so each set holds the one
 * before. MapLibre places labels in this order too (`symbol-sort-key`): taking over at any of these scales, it places
 * every label the vector map showed before any it left out, and loses none. `collider(scale)`: a new collider for
 * that scale, holding what is placed before the basemap's labels.
 */
export function basemapLabelOrder(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	scales: readonly number[],
	collider: (scale: number) => Collider
): number[] {
	const rank = (i: number) => labelRank(fc.features[i]?.properties ?? null);
	let order = fc.features.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
	for (const scale of [...scales].sort((a, b) => a - b)) {
		const at = new Map(order.map((i, k) => [i, k]));
		const placed = placeBasemapLabels(fc, frame, lang, collider(scale), scale, ({ i }) => at.get(i) ?? 0);
		const shown = new Set(placed.map((l) => l.i));
		order = [...order.filter((i) => shown.has(i)), ...order.filter((i) => !shown.has(i))];
	}
	const places = new Array<number>(fc.features.length);
	order.forEach((i, k) => (places[i] = k));
	return places;
}

/** A basemap label as a text block at `scale` (1 / `scale` times its size on screen), its place at `xy`. */
function basemapLabelBlock(p: Props, xy: [number, number], lang: Lang, scale: number): TextBlock | undefined {
	const kind = String(p.kind ?? '');
	const onScreen = basemapLabelStyle(kind);
	const s = { ...onScreen, size: onScreen.size / scale };
	const name = basemapName(p, lang);
	const local = text(p.local);
	const cased = (t: string) => (s.upper ? t.toUpperCase() : t);
	const lines: Line[] = wrap(cased(name), s.size, maxWidthEm.basemap, s.spacing).map((t) => ({
		text: t,
		size: s.size
	}));
	if (local && local !== name) {
		const small = s.size * basemapLabels.localScale;
		lines.push(...wrap(cased(local), small, maxWidthEm.basemap, s.spacing).map((t) => ({ text: t, size: small })));
	}
	if (!lines[0]?.text) return undefined;
	return {
		x: s.beside ? xy[0] + basemapLabels.besideEm * s.size : xy[0],
		y: xy[1],
		lines,
		anchor: s.beside ? 'start' : 'middle',
		align: 'center',
		fill: isWaterLabel(kind) ? basemapColors.waterLabel : basemapColors.label,
		halo: basemapColors.halo,
		haloWidth: widths.basemapLabelHalo / scale,
		spacing: s.spacing
	};
}

/**
 * The labels placed at `scale`, in `order`, each with its feature's index. `scale`: the drawing is shown that many
 * times its size (a phone's box shows the 800-pixel drawing 390 pixels wide: 0.49), so the labels are drawn
 * 1 / `scale` times their size, to be their size on screen, and with the ranks of the zoom shown there, as MapLibre
 * has them at that camera. The collider's padding is in the drawing's units too: pass one made for the same scale.
 */
function placeBasemapLabels(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: Collider,
	scale: number,
	order: (l: Labelled) => number
): { i: number; svg: string }[] {
	const placed: { i: number; svg: string }[] = [];
	const shown = basemapPoints(fc, frame)
		.filter(({ p }) => p.kind !== airports.kind && labelRank(p) <= maxLabelRank(frame.zoom + Math.log2(scale)))
		.sort((a, b) => order(a) - order(b));
	for (const { p, xy, i } of shown) {
		const block = basemapLabelBlock(p, xy, lang, scale);
		if (block && collider.place(textBox(block))) placed.push({ i, svg: renderText(block) });
	}
	return placed;
}

/**
 * The basemap's labels for a drawing that is shown at one of `scales`, its box picking which (the vector map:
 * labelSetCss in src/lib/server/vector-map.ts). Each label comes once, whatever the scales that show it: at its size
 * on screen at scale 1, drawn around its place (`<g transform="translate(x y)">`) so that the page's CSS can scale
 * it by 1 / the scale shown, and marked with the scales whose labels hold it (`data-in="0.5 1"`), each placed as
 * renderBasemapLabels places them at that scale. One copy rather than a set per scale: the hidden copies cost the
 * page's first layout more than the shown one (in `npm run bench`, about 200 ms of its first paint).
 */
export function renderScaledBasemapLabels(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: (scale: number) => Collider,
	scales: readonly number[]
): string[] {
	const order = labelOrder(fc, lang);
	const shownAt = new Map<number, number[]>();
	for (const scale of [...scales].sort((a, b) => a - b))
		for (const { i } of placeBasemapLabels(fc, frame, lang, collider(scale), scale, order)) {
			shownAt.set(i, [...(shownAt.get(i) ?? []), scale]);
		}
	return [...shownAt].flatMap(([i, at]) => {
		const f = fc.features[i];
		const xy = f && screen(frame, f.geometry);
		const block = f && basemapLabelBlock(f.properties ?? {}, [0, 0], lang, 1);
		if (!xy || !block) return [];
		const place = attrs({ transform: `translate(${num(xy[0])} ${num(xy[1])})`, 'data-in': at.join(' ') });
		return [`<g${place}>${renderText(block)}</g>`];
	});
}

/** A story layer's place labels (zoom 5 and closer): the name below the marker, in the feature's colour; none for a point in a group. */
export function renderPlaceLabels(
	layer: LayerMeta,
	fc: Display,
	frame: Frame,
	lang: Lang,
	collider: Collider
): string[] {
	if (frame.zoom < placeLabel.minzoom) return [];
	const size = placeLabel.size;
	const out: string[] = [];
	// A point in a group's circle has no label of its own, as on the interactive map.
	const single = singlePoints(fc, frame)?.single;
	for (const f of fc.features) {
		if (f.properties.role !== 'point' || (single && !single.has(f.properties.id))) continue;
		const xy = screen(frame, f.geometry);
		const name = f.properties[`name_${lang}`];
		if (!xy || !name) continue;
		const block: TextBlock = {
			x: xy[0],
			y: xy[1] + placeLabel.offsetEm * size,
			lines: wrap(name, size, maxWidthEm.place).map((t) => ({ text: t, size })),
			anchor: 'middle',
			align: 'top',
			fill: featureColor(layer.symbology, f.properties.kind),
			halo: basemapColors.halo,
			haloWidth: widths.placeLabelHalo
		};
		if (collider.place(textBox(block))) out.push(renderText(block));
	}
	return out;
}
