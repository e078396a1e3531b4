import type { Precision, Symbology } from '../../story/types';

// The interactive style's values (src/lib/map/style.ts) as plain SVG numbers; symbology.test.ts evaluates
// the MapLibre style and fails when the two drift apart.

/** A feature's colour: its kind's colour where the symbology gives one, else the layer's (as `colorExpression`). */
export function featureColor(s: Symbology, kind: string): string {
	return s.kindColors?.[kind] ?? s.color;
}

/** Fill opacity of an area of uncertainty: the vaguer the place, the fainter. */
export function areaOpacity(precision: Precision): number {
	return precision === 'country' ? 0.05 : precision === 'region' ? 0.1 : 0.16;
}

/** Marker scale: exactly placed markers are larger than those standing for a city or a region. */
export function markerScale(precision: Precision): number {
	return precision === 'exact' || precision === 'site' ? 0.7 : 0.55;
}

/** Line widths and halos in CSS pixels; halos are the width outside the glyph or icon. */
export const widths = {
	outline: 1.5,
	route: 2.5,
	boundary: 1,
	worldBoundary: 0.8,
	markerHalo: 1.5,
	arrowHalo: 1,
	placeLabelHalo: 1.5,
	basemapLabelHalo: 1.2,
	placeDotStroke: 1
} as const;

export const outlineDash = [3, 2];
export const boundaryDash = [4, 2];

/** Arrowheads along a route: spacing in pixels and icon size. */
export const arrows = { spacing: 90, scale: 0.55 } as const;

/** Place labels of the story layers: shown from this zoom, at this size, one em below the marker. */
export const placeLabel = { minzoom: 5, size: 12 } as const;

/** MapLibre scales a dash pattern by the line width. */
export function dashArray(dash: readonly number[], width: number): string {
	return dash.map((d) => Math.round(d * width * 100) / 100).join(' ');
}

/** River width by zoom: 0.6 px at zoom 3 to 1.6 px at zoom 8, linear between. */
export function riverWidth(zoom: number): number {
	const t = Math.max(0, Math.min(1, (zoom - 3) / 5));
	return 0.6 + t * 1.0;
}

/** The highest basemap label rank shown at a zoom: 1 below zoom 3, 2 below 4, 3 below 5, else 4. */
export function maxLabelRank(zoom: number): number {
	return zoom < 3 ? 1 : zoom < 4 ? 2 : zoom < 5 ? 3 : 4;
}

export type BasemapLabelKind = 'country' | 'capital' | 'city' | 'sea' | 'lake' | 'river';

/** How a basemap label looks by kind: size in pixels, upper case and letter spacing for countries. */
export function basemapLabelStyle(kind: string): { size: number; upper: boolean; spacing: number; beside: boolean } {
	return {
		size: kind === 'country' ? 13 : kind === 'capital' ? 12 : 11,
		upper: kind === 'country',
		spacing: kind === 'country' ? 0.08 : 0,
		// Cities and capitals are labelled beside their dot, half an em to the right; the rest centred.
		beside: kind === 'capital' || kind === 'city'
	};
}

export const isWaterLabel = (kind: string) => kind === 'sea' || kind === 'lake' || kind === 'river';
export const placeDotRadius = (kind: string) => (kind === 'capital' ? 3.5 : 2.5);

/** Basemap labels wrap at this many ems, as MapLibre's `text-max-width`; story labels at MapLibre's default. */
export const maxWidthEm = { basemap: 8, place: 10 } as const;
