import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Lang } from '../../i18n';
import type { DisplayProperties } from '../../story/display';
import type { LayerMeta } from '../../story/types';
import { attrs } from './escape';
import type { Frame } from './project';
import {
	basemapColors,
	basemapLabels,
	basemapLabelStyle,
	featureColor,
	isWaterLabel,
	labelRank,
	maxLabelRank,
	maxWidthEm,
	placeDotRadius,
	placeLabel,
	widths
} from '../symbology';
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

type Labelled = { p: Props; xy: [number, number] };

function basemapPoints(fc: FeatureCollection<Geometry, Props>, frame: Frame): Labelled[] {
	return fc.features.flatMap((f) => {
		const xy = screen(frame, f.geometry);
		return xy ? [{ p: f.properties ?? {}, xy }] : [];
	});
}

/** The basemap's place dots, as `basemap-places`: the same in every language. */
export function renderBasemapDots(fc: FeatureCollection<Geometry, Props>, frame: Frame): string {
	const dots: string[] = [];
	for (const { p, xy } of basemapPoints(fc, frame)) {
		const kind = String(p.kind ?? '');
		if (basemapLabels.beside.includes(kind) && inView(frame, xy))
			dots.push(
				`<circle${attrs({ cx: xy[0], cy: xy[1], r: placeDotRadius(kind), fill: basemapColors.label, stroke: basemapColors.halo, 'stroke-width': widths.placeDotStroke })}/>`
			);
	}
	return `<g data-basemap="places">${dots.join('')}</g>`;
}

/**
 * The basemap's labels, one `<text>` each: ranks by zoom, the local name on a second, smaller line, a white halo.
 * Labels that would collide with one placed before are left out. `scale`: the drawing is shown that many times its
 * size (a phone's box shows the 800-pixel drawing 390 pixels wide: 0.49), so the labels are drawn 1 / `scale` times
 * their size, to be their size on screen, and with the ranks of the zoom shown there, as MapLibre has them at that
 * camera. The collider's padding is in the drawing's units too: pass one made for the same scale.
 */
export function renderBasemapLabels(
	fc: FeatureCollection<Geometry, Props>,
	frame: Frame,
	lang: Lang,
	collider: Collider,
	scale = 1
): string[] {
	const labels: string[] = [];
	// By rank, then in the order orderLabels gives (as listed, where the data has none), as MapLibre places them.
	const order = (p: Props) => (typeof p.order === 'number' ? p.order : 0);
	const shown = basemapPoints(fc, frame)
		.filter(({ p }) => labelRank(p) <= maxLabelRank(frame.zoom + Math.log2(scale)))
		.sort((a, b) => labelRank(a.p) - labelRank(b.p) || order(a.p) - order(b.p));
	for (const { p, xy } of shown) {
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
		if (!lines[0]?.text) continue;
		const block: TextBlock = {
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
		if (collider.place(textBox(block))) labels.push(renderText(block));
	}
	return labels;
}

/** A story layer's place labels (zoom 5 and closer): the name below the marker, in the feature's colour. */
export function renderPlaceLabels(
	layer: LayerMeta,
	fc: FeatureCollection<Geometry, DisplayProperties>,
	frame: Frame,
	lang: Lang,
	collider: Collider
): string[] {
	if (frame.zoom < placeLabel.minzoom) return [];
	const size = placeLabel.size;
	const out: string[] = [];
	for (const f of fc.features) {
		if (f.properties.role !== 'point') continue;
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
