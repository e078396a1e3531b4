import type { Lang } from '../../i18n';
import { renderBasemap } from './basemap';
import { renderCity, renderCityNames } from './city';
import { attrs } from './escape';
import {
	basemapLabelOrder,
	renderBasemapDots,
	renderBasemapLabels,
	renderAirports,
	renderOblastNames,
	renderPlaceLabels,
	renderScaledBasemapLabels
} from './labels';
import { leaderLine, markerRadius, numberedMarker, pinMarker, shapeMarker, spotlightRing } from './markers';
import type { NumberedMarker } from './numbering';
import { frameFor, prepareMapInput } from './project';
import { renderStoryLayer } from './story';
import { emphasis, featureColor, labelPadding, markerScale, widths } from '../symbology';
import { Collider, fontFamily } from './text';
import type { SvgMapInput } from './types';

/**
 * Labels in several languages, each placed as the map places it in that language: those the same in every language
 * once, the others in a `<g lang="…">` per language, for the page to show by its own language.
 * @example byLanguage(['nl', 'en'], [['<text>A</text>', '<text>RUSLAND</text>'], ['<text>A</text>', '<text>RUSSIA</text>']])
 * // → '<text>A</text><g lang="nl"><text>RUSLAND</text></g><g lang="en"><text>RUSSIA</text></g>'
 */
export function byLanguage(langs: readonly Lang[], labels: string[][]): string {
	const [first = [], ...others] = labels;
	const everywhere = new Set(first.filter((l) => others.every((o) => o.includes(l))));
	const own = langs.map((lang, i) => {
		const rest = (labels[i] ?? []).filter((l) => !everywhere.has(l));
		return rest.length ? `<g lang="${lang}">${rest.join('')}</g>` : '';
	});
	return first.filter((l) => everywhere.has(l)).join('') + own.join('');
}

/** What placing the labels of a map takes: its frame, its story layers shown, and colliders. */
function labelling(input: SvgMapInput) {
	const { width, height } = input;
	const langs: readonly Lang[] = typeof input.lang === 'string' ? [input.lang] : input.lang;
	const data = prepareMapInput(input);
	const frame = frameFor(input.view, width, height, { steps: input.steps });
	const hidden = new Set(input.hidden ?? []);
	const layers = input.layers.filter((l) => !hidden.has(l.id));
	const display = (id: string) => data.display[id] ?? { type: 'FeatureCollection' as const, features: [] };
	// Each language's labels collide among themselves. MapLibre places labels from the top layer down: story labels
	// win over basemap labels.
	// Numbered markers go without the story's place labels: the key names each number, and a name beside a marker fanned
	// out from its spot would stand beside the wrong one.
	const storyLabels = (collider: Collider, lang: Lang) =>
		new Map(
			input.numbered
				? []
				: [...layers].reverse().map((l) => [l.id, renderPlaceLabels(l, display(l.id), frame, lang, collider)])
		);
	/** A collider for a language's basemap labels at a scale, holding its story labels and numbered markers. */
	const collider = (lang: Lang, scale: number) => {
		const c = new Collider(width, height, labelPadding / scale);
		for (const m of input.numbered ?? []) c.block({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });
		storyLabels(c, lang);
		return c;
	};
	return { langs, data, frame, layers, display, storyLabels, collider };
}

/**
 * Each basemap label's place, by language, in the order the map drawn from `input` places them at its `labelScales`
 * (basemapLabelOrder): for the labels' data, so that the vector map and MapLibre place them alike.
 * @example basemapLabelOrders(input) // → { nl: [0, 3, 1, 2], en: [0, 2, 1, 3] }, by feature index
 */
export function basemapLabelOrders(input: SvgMapInput): Partial<Record<Lang, number[]>> {
	const { langs, data, frame, collider } = labelling(input);
	const fc = data.basemap.labels;
	if (!fc) return {};
	const scales = input.labelScales ?? [1];
	return Object.fromEntries(
		langs.map((lang) => [lang, basemapLabelOrder(fc, frame, lang, scales, (scale) => collider(lang, scale))])
	);
}

/** Numbered markers above every layer: the leaders of those drawn beside their spots first, then the markers. */
function renderNumbered(markers: NumberedMarker[]): string {
	const leaders = markers
		.filter((m) => Math.hypot(m.x - m.at[0], m.y - m.at[1]) > 0.5)
		.map((m) => leaderLine(m.x, m.y, m.at, m.spotlight ? m.r : markerRadius(m.n), m.color));
	const drawn = markers.map((m) => {
		const marker = `<g${attrs(m.members ? { 'data-group': m.members.length } : { 'data-place': m.id })}>${numberedMarker(m.x, m.y, m.n, m.color, m.shape)}</g>`;
		return m.spotlight ? spotlightRing(m.x, m.y, marker) : marker;
	});
	return `<g data-numbers="">${leaders.join('')}${drawn.join('')}</g>`;
}

/**
 * The map as a standalone SVG string, showing exactly what the interactive map shows for the same centre, zoom,
 * bearing and container size: basemap, story layers in `input.layers` order (first at the bottom) as
 * `<g data-layer="<id>">`, then the pin. Text is real `<text>`, so it stays sharp and searchable in a PDF.
 * Pass an input from `prepareMapInput` when rendering the same data often.
 */
export function renderMapSvg(input: SvgMapInput): string {
	const { width, height } = input;
	const { langs, data, frame, layers, display, storyLabels, collider } = labelling(input);
	const basemapPlaces = data.basemap.labels;
	const scales = input.labelScales;
	const labels = langs.map((lang) => {
		// The basemap's labels, placed around the story's: for each scale the drawing may be shown at, or its own; the
		// city's names (a drawing at its own size only) around both.
		const oblasts = data.basemap.oblasts;
		const own = scales || (!basemapPlaces && !input.city && !oblasts) ? null : collider(lang, 1);
		return {
			story: storyLabels(new Collider(width, height), lang),
			basemap: !basemapPlaces
				? []
				: scales
					? renderScaledBasemapLabels(basemapPlaces, frame, lang, (scale) => collider(lang, scale), scales)
					: renderBasemapLabels(basemapPlaces, frame, lang, own!),
			// Below the basemap's labels in MapLibre, so placed after them: the airports, then the oblasts' names; the
			// city's names below all.
			airports: basemapPlaces && own ? renderAirports(basemapPlaces, frame, lang, own) : [],
			oblasts: oblasts && own ? renderOblastNames(oblasts, frame, lang, own) : [],
			city: input.city && own ? [renderCityNames(input.city, frame, lang, own)] : []
		};
	});
	const inEach = (pick: (set: (typeof labels)[number]) => string[]) => byLanguage(langs, labels.map(pick));
	const which = scales ? attrs({ 'data-label-scales': scales.join(' ') }) : '';
	const basemapLabels = basemapPlaces
		? `${renderBasemapDots(basemapPlaces, frame)}<g data-basemap="labels"${which}>${inEach((set) => set.basemap)}</g>`
		: '';
	// A numbered group's places are drawn by its marker alone.
	const numbered = new Set((input.numbered ?? []).flatMap((m) => [m.id, ...(m.members ?? [])]));
	const story = layers.map((l) =>
		renderStoryLayer(
			l,
			display(l.id),
			frame,
			inEach((set) => set.story.get(l.id) ?? []),
			numbered
		)
	);
	const spotlight = (input.spotlight ?? []).flatMap((p) => {
		if (numbered.has(p.id)) return [];
		const layer = layers.find((l) => l.id === p.layer);
		const xy = layer && frame.projection(p.center);
		if (!layer || !xy) return [];
		const color = featureColor(layer.symbology, p.kind ?? '');
		const scale = markerScale(p.precision) * emphasis.spotlight.raise;
		const marker = shapeMarker(layer.symbology.shape, xy[0], xy[1], scale, color, widths.markerHalo);
		return [spotlightRing(xy[0], xy[1], marker)];
	});
	const pin = input.pin && frame.projection([input.pin.lon, input.pin.lat]);
	const root = attrs({
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': input.fontFamily ?? fontFamily,
		role: 'img'
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg"${root}>`,
		renderBasemap(data.basemap, frame, input.focus),
		input.city ? renderCity(input.city, frame) : '',
		basemapLabels,
		labels.some((set) => set.oblasts.length)
			? `<g data-basemap="oblast-names">${inEach((set) => set.oblasts)}</g>`
			: '',
		labels.some((set) => set.airports.length) ? `<g data-basemap="airports">${inEach((set) => set.airports)}</g>` : '',
		inEach((set) => set.city),
		...story,
		...spotlight,
		input.numbered ? renderNumbered(input.numbered) : '',
		pin ? pinMarker(pin[0], pin[1]) : '',
		'</svg>'
	].join('');
}
