import type { Precision, Symbology } from '../story/types';

// The map's look in numbers, for both renderers: the MapLibre style (src/lib/map/style.ts) turns them into
// expressions, the SVG renderer (src/lib/render/svg) into attributes. symbology.test.ts evaluates the style with
// MapLibre's own expression engine and checks it against the functions here.

export { basemapColors, cityColors, INK } from './colors';
export { areaFade, areaFadeAt, areaFadeZooms, areaFill, coverZoom } from './area-fade';

export const FONT = 'Noto Sans';

/** A value chosen by a feature property: `cases[value]`, else `otherwise`. */
export interface ByValue<T> {
	cases: Readonly<Record<string, T>>;
	otherwise: T;
}

/** The value of `table` for `key`. */
export const pick = <T>({ cases, otherwise }: ByValue<T>, key: string): T =>
	Object.hasOwn(cases, key) ? cases[key]! : otherwise;

/** A feature's colour: its kind's colour where the symbology gives one, else the layer's (as `colorExpression`). */
export function featureColor(s: Symbology, kind: string): string {
	return s.kindColors?.[kind] ?? s.color;
}

/** Fill opacity of an area of uncertainty by precision: the vaguer the place, the fainter. */
export const areaOpacities: ByValue<number> = { cases: { country: 0.05, region: 0.1 }, otherwise: 0.16 };
export const areaOpacity = (precision: Precision) => pick(areaOpacities, precision);

/** Marker scale by precision: exactly placed markers are larger than those standing for a city or a region. */
export const markerScales: ByValue<number> = { cases: { exact: 0.7, site: 0.7 }, otherwise: 0.55 };
export const markerScale = (precision: Precision) => pick(markerScales, precision);

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
	placeDotStroke: 1,
	measure: 2
} as const;

/** What the interactive map draws wider, or stronger, under the pointer and for the chosen place. */
export const emphasis = {
	outline: { hover: 2.5, selected: 3 },
	route: { hover: 4, selected: 4.5 },
	markerHalo: { hover: 2.5, selected: 3 },
	/** An area's fill opacity, whatever its precision. */
	areaOpacity: 0.3,
	/**
	 * The place under the reader's pointer (on the map, in the article or the list) is drawn once more above every
	 * layer: a ring of `radius` pixels with an ink stroke round a pale disc, and its marker `raise` times larger.
	 */
	spotlight: { radius: 17, stroke: 3, fillOpacity: 0.8, raise: 1.6 }
} as const;

export const outlineDash = [3, 2];
export const boundaryDash = [4, 2];
export const measureDash = [1, 1.5];

/**
 * The mid-scale basemap (`oblasts`, `waterways`): drawn from `minzoom` on, by both maps; MapLibre loads its files
 * only once the map reaches that zoom. Oblast borders are thin and dashed; oblast names (MapLibre only, placed after
 * every basemap label, so none of those yields to them) small, spaced and in capitals.
 */
export const midscale = {
	minzoom: 4.5,
	files: ['oblasts', 'waterways'] as readonly string[],
	borderWidth: 0.7,
	borderDash: [3, 2] as readonly number[],
	nameSize: 10,
	nameSpacing: 0.12
} as const;

/**
 * The city tiles (OpenMapTiles schema): road widths by class at zooms 12 and 16, `[class, [w12, w16]]`, MapLibre
 * interpolating between; street names, landmark names and buildings from their zooms.
 */
export const city = {
	roadWidths: [
		['motorway', [2.2, 12]],
		['trunk', [2, 11]],
		['primary', [1.8, 10]],
		['secondary', [1.5, 9]],
		['tertiary', [1.2, 8]],
		['minor', [0.6, 6]],
		['service', [0.4, 3.5]]
	] as readonly (readonly [string, readonly [number, number]])[],
	pathWidth: 1,
	pathDash: [2, 1.5] as readonly number[],
	railWidth: 1.2,
	railDash: [3, 2] as readonly number[],
	casing: 1,
	streetSize: 11,
	poiSize: 11,
	poiMinzoom: 15,
	buildingMinzoom: 14
} as const;

/** The base of the exponential interpolation of the city's road widths by zoom. */
export const cityRoadBase = 1.6;

/**
 * A city road's width at `zoom`, casing added, as MapLibre draws `city.roadWidths` (interpolated exponentially, base
 * 1.6, between zooms 12 and 16, constant beyond): the SVG renderer draws the print's streets with it.
 */
export function cityRoadWidth(roadClass: string, zoom: number, casing = 0): number {
	const [w12, w16] = (city.roadWidths.find(([c]) => c === roadClass) ?? city.roadWidths.at(-1)!)[1];
	const z = Math.min(16, Math.max(12, zoom));
	const t = (cityRoadBase ** (z - 12) - 1) / (cityRoadBase ** 4 - 1);
	return w12 + (w16 - w12) * t + casing;
}

/** Arrowheads along a route: spacing in pixels and icon size. */
export const arrows = { spacing: 90, scale: 0.55 } as const;

/** Place labels of the story layers: shown from this zoom, at this size, one em below the marker. */
export const placeLabel = { minzoom: 5, size: 12, offsetEm: 1 } as const;

/**
 * Where a layer's points crowd, they group into one circle with their count (`src/lib/render/clusters.ts`): in a
 * layer of more than `from` places, points within `radius` pixels of each other (MapLibre's 512-pixel tiles), at
 * least `minPoints` of them, up to zoom `maxZoom` (a chosen place is shown at `placeFit.maxZoom`, 11, beyond it).
 * A circle's radius by its count (`[fewer than, radius]`, the last for any more) and its count's text size.
 */
export const clustering = {
	from: 50,
	radius: 40,
	minPoints: 3,
	maxZoom: 9,
	radii: [
		[10, 11],
		[100, 14],
		[Infinity, 18]
	] as readonly (readonly [number, number])[],
	textSize: 11,
	halo: 1.5
} as const;

/**
 * In a layer that clusters, routes and areas thin out as points group: a route shorter than `minPx.line` (the longer
 * side of its box) or an area smaller than `minPx.area` across at a zoom is left out there, and comes in as the map
 * zooms in (`show_from`, story/display.ts). A route is a line of a few pixels' width: it needs more length than an
 * area needs breadth before a crowd of them reads as routes rather than a mesh.
 */
export const thinning = { minPx: { line: 64, area: 16 } } as const;

/**
 * The whole zoom from which a shape `sideAtZoom0` pixels across at zoom 0 is `minPx` across (MapLibre evaluates a
 * filter's zoom at whole zooms). Example: showFromZoom(0.3, 16) is 6 (19 px at zoom 6).
 */
export const showFromZoom = (sideAtZoom0: number, minPx: number): number =>
	Math.max(0, Math.ceil(Math.log2(minPx / Math.max(sideAtZoom0, 1e-9)) - 1e-9));

/**
 * Whether a part is drawn at a map's `zoom`: a crowded layer's route or area too small to read is left out below its
 * `show_from` (thinning, above), as MapLibre's filter, which reads the tiles' zoom, the map's rounded down, leaves it
 * out. The SVG renderer and the print key's numbering read this one rule.
 */
export const shownAt = (p: { show_from?: number }, zoom: number): boolean =>
	p.show_from === undefined || Math.floor(zoom) >= p.show_from;

/** A cluster's circle radius for `count` points. */
export const clusterRadius = (count: number): number =>
	(clustering.radii.find(([under]) => count < under) ?? clustering.radii[clustering.radii.length - 1]!)[1];

/** MapLibre scales a dash pattern by the line width. */
export function dashArray(dash: readonly number[], width: number): string {
	return dash.map((d) => Math.round(d * width * 100) / 100).join(' ');
}

/** River width by zoom, `[zoom, width]`, linear between and constant beyond. */
export const riverWidths: readonly (readonly [number, number])[] = [
	[3, 0.6],
	[8, 1.6]
];

/** River width by zoom: 0.6 px at zoom 3 to 1.6 px at zoom 8, linear between. */
export function riverWidth(zoom: number): number {
	const [[z0, w0], [z1, w1]] = riverWidths as [[number, number], [number, number]];
	const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
	return w0 + t * (w1 - w0);
}

/** Basemap labels by rank: `first` below the first zoom of `steps`, then each step's rank from its zoom on. */
export const labelRanks = {
	first: 1,
	steps: [
		[3, 2],
		[4, 3],
		[5, 4],
		[6, 5]
	] as readonly (readonly [number, number])[],
	/** The rank of a label that has none. */
	unranked: 4
};

/** Ranks by zoom: `first` below the first step's zoom, then each step's rank from its zoom on. */
export interface RankSteps {
	first: number;
	steps: readonly (readonly [number, number])[];
}

/** The highest rank `ranks` shows at a zoom (MapLibre: `['step', ['zoom'], first, ...steps]`). */
export function rankAt(ranks: RankSteps, zoom: number): number {
	let rank = ranks.first;
	for (const [from, r] of ranks.steps) if (zoom >= from) rank = r;
	return rank;
}

/** The highest basemap label rank shown at a zoom: 1 below zoom 3, 2 below 4, 3 below 5, 4 below 6, else 5. */
export const maxLabelRank = (zoom: number) => rankAt(labelRanks, zoom);

/**
 * The place dots shown at a zoom: every place's up to rank 4 (a city's dot shows before its name does), and the towns'
 * (rank 5) only with their names, from zoom 6.
 */
export const dotRanks: RankSteps = { first: 4, steps: [[6, 5]] };

/** The highest rank of a place dot shown at a zoom. */
export const maxDotRank = (zoom: number) => rankAt(dotRanks, zoom);

/** A basemap label's rank: its `rank`, else `unranked`. */
export const labelRank = (p: Record<string, unknown> | null): number =>
	typeof p?.rank === 'number' ? p.rank : labelRanks.unranked;

/** The property that holds where a basemap label comes in the order both maps place them, in a language. */
export const labelOrderKey = (lang: string) => `order_${lang}`;

export type BasemapLabelKind = 'country' | 'capital' | 'city' | 'town' | 'airport' | 'sea' | 'lake' | 'river';

/** Basemap labels by kind: size in pixels, letter spacing in ems; countries in upper case; the local name smaller. */
export const basemapLabels = {
	size: { cases: { country: 13, capital: 12, town: 10, airport: 10 }, otherwise: 11 } as ByValue<number>,
	spacing: { cases: { country: 0.08 }, otherwise: 0 } as ByValue<number>,
	upper: ['country'] as readonly string[],
	/** The kinds labelled beside their spot, half an em to its right; the rest centred. */
	beside: ['capital', 'city', 'town', 'airport'] as readonly string[],
	/** The kinds with a dot (the places): shown as the rank allows (`maxDotRank`), the name where it fits. */
	dotted: ['capital', 'city', 'town'] as readonly string[],
	besideEm: 0.5,
	water: ['sea', 'lake', 'river'] as readonly string[],
	localScale: 0.85
};

/** How a basemap label looks by kind: size in pixels, upper case and letter spacing for countries. */
export function basemapLabelStyle(kind: string): { size: number; upper: boolean; spacing: number; beside: boolean } {
	return {
		size: pick(basemapLabels.size, kind),
		upper: basemapLabels.upper.includes(kind),
		spacing: pick(basemapLabels.spacing, kind),
		beside: basemapLabels.beside.includes(kind)
	};
}

export const isWaterLabel = (kind: string) => basemapLabels.water.includes(kind);

/** The basemap's place dots by kind, radius in pixels. */
export const placeDotRadii: ByValue<number> = { cases: { capital: 3.5, town: 2 }, otherwise: 2.5 };
export const placeDotRadius = (kind: string) => pick(placeDotRadii, kind);

/**
 * The airports (kind `airport`, rank 5, so from zoom 6): a ring, the label's grey round the halo's white, with the
 * name beside it; both or neither, placed after the basemap's other labels (MapLibre: `basemap-airports`, below them).
 * The marker is the story markers' circle, filled white, its halo grey.
 */
export const airports = {
	kind: 'airport',
	/** The marker: the `circle` shape at this scale (a radius of 3 px), its halo the ring. */
	iconScale: 0.45,
	ringWidth: 1.2
} as const;

/** The room in pixels the vector map keeps between labels: one label in that reach of another is left out. */
export const labelPadding = 2;

/** Basemap labels wrap at this many ems, as MapLibre's `text-max-width`; story labels at MapLibre's default. */
export const maxWidthEm = { basemap: 8, place: 10 } as const;
