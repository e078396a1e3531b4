import type { FeatureCollection } from 'geojson';
import type {
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { Place } from '../places/places';
import { CITY_MINZOOM, type CityTiles } from '../story/city-tiles';
import { clusterSource } from '../render/clusters';
import type { LayerMeta, Symbology } from '../story/types';
import {
	areaFade,
	areaFadeZooms,
	areaOpacities,
	arrows,
	basemapColors,
	airports,
	basemapLabels,
	dotRanks,
	boundaryDash,
	city,
	clustering,
	cityColors,
	cityRoadBase,
	emphasis,
	featureColor,
	FONT,
	INK,
	labelOrderKey,
	labelPadding,
	labelRanks,
	markerScale,
	markerScales,
	maxWidthEm,
	measureDash,
	midscale,
	outlineDash,
	placeDotRadii,
	placeLabel,
	riverWidths,
	widths,
	type ByValue,
	type RankSteps
} from '../render/symbology';

import type { Lang } from '../i18n';
export type { Lang };

/** The colour of a feature: its kind's colour where the symbology gives one, else the layer's. */
export function colorExpression(s: Symbology): ExpressionSpecification | string {
	const kinds = Object.entries(s.kindColors ?? {});
	if (kinds.length === 0) return s.color;
	return ['match', ['get', 'kind'], ...kinds.flat(), s.color] as unknown as ExpressionSpecification;
}

/** The parts of a story layer: the MapLibre layer ids are `<layer id>-<part>`, stable for tests and print. */
export const layerParts = ['area', 'outline', 'line', 'arrow', 'point', 'label'] as const;
export type LayerPart = (typeof layerParts)[number];
/** The parts a layer that clusters adds: the groups' circles and their counts (see `clusterLayers`). */
export const clusterParts = ['cluster', 'cluster-count'] as const;

/** The source of a story layer's display features. */
export const storySource = (layerId: string) => `story-${layerId}`;
/** The source of a clustering layer's points, grouped by MapLibre (its areas and routes stay in `storySource`). */
export const pointsSource = (layerId: string) => `story-${layerId}-points`;
/** The story layer a source draws, or null. Example: layerOfSource('story-checkpoints-points') is 'checkpoints'. */
export const layerOfSource = (source: string): string | null =>
	source.startsWith('story-') ? source.slice('story-'.length).replace(/-points$/, '') : null;

const partRole: Record<LayerPart, string> = {
	area: 'area',
	outline: 'area',
	line: 'line',
	arrow: 'line',
	point: 'point',
	label: 'point'
};

/**
 * The filter of one part of a story layer: its role, and on a chosen day only what had started by then.
 * Example: partFilter('point', '2022-01-06') hides a point whose date_from is 2022-01-07; partFilter('line') a route
 * whose show_from is 6 below zoom 6.
 */
export function partFilter(part: LayerPart, day: string | null = null): ExpressionSpecification {
	const isRole: ExpressionSpecification = ['==', ['get', 'role'], partRole[part]];
	// A route or area of a crowded layer from its `show_from` zoom on (`thinning`; MapLibre takes whole zooms here).
	const role: ExpressionSpecification =
		partRole[part] === 'point'
			? isRole
			: ['all', isRole, ['any', ['!', ['has', 'show_from']], ['>=', ['zoom'], ['get', 'show_from']]]];
	if (day === null) return role;
	return ['all', role, ['any', ['!', ['has', 'date_from']], ['<=', ['get', 'date_from'], day]]];
}

/** partFilter's day, for data: whether a display feature had started by `day` (or is undated). */
export const startedBy = (p: { date_from?: unknown }, day: string): boolean =>
	typeof p.date_from !== 'string' || p.date_from <= day;

const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const emphasised = (
	normal: number,
	{ hover, selected }: { hover: number; selected: number }
): ExpressionSpecification => ['case', state('selected'), selected, state('hover'), hover, normal];

/** A `match` on a feature property for a table of the symbology (see `pick`). */
function byValue<T extends number | string>(
	property: string,
	{ cases, otherwise }: ByValue<T>
): ExpressionSpecification | T {
	const entries = Object.entries(cases);
	if (entries.length === 0) return otherwise;
	return ['match', ['get', property], ...entries.flat(), otherwise] as unknown as ExpressionSpecification;
}

/** Whether a feature property is one of `values`. */
const isOneOf = (property: string, values: readonly string[]): ExpressionSpecification => [
	'in',
	['get', property],
	['literal', [...values]]
];

/** An area's fill opacity before it fades: by precision, stronger under the pointer and when chosen. */
const areaBase: ExpressionSpecification = [
	'case',
	['any', state('hover'), state('selected')],
	emphasis.areaOpacity,
	byValue('precision', areaOpacities)
];
/** The zoom from which an area covers a typical map; an area without one (never fading) as if from beyond zoom 22. */
const coverZoom: ExpressionSpecification = ['number', ['get', 'cover_zoom'], 99];
/** How many zooms an area takes to fade, from `areaFade.fullPx` to `areaFade.clearPx` across. */
const fadeZooms = Math.log2(areaFade.clearPx / areaFade.fullPx);

/**
 * MapLibre layers for one story layer, in drawing order: areas, routes with arrowheads, markers, labels. A layer that
 * clusters (`clustered`) draws its markers and labels from its grouped points (`pointsSource`, where a group has no
 * `role` and so matches no part's filter), and its groups above them (`clusterLayers`).
 */
export function storyLayers(layer: LayerMeta, lang: Lang, clustered = false): LayerSpecification[] {
	const color = colorExpression(layer.symbology);
	const dash = layer.symbology.dash;
	const source = storySource(layer.id);
	const points = clustered ? pointsSource(layer.id) : source;
	const id = (part: LayerPart) => `${layer.id}-${part}`;
	return [
		{
			id: id('area'),
			type: 'fill',
			source,
			filter: partFilter('area'),
			paint: {
				'fill-color': color,
				// The vaguer the place, the wider and fainter its area, so it never hides what lies below; and an area
				// that covers the view fades to its outline (`areaFill`, from the feature's `cover_zoom`).
				'fill-opacity': [
					'interpolate',
					['linear'],
					['zoom'],
					...areaFadeZooms.flatMap((z) => [
						z,
						['*', areaBase, ['max', 0, ['min', 1, ['/', ['-', coverZoom, z], fadeZooms]]]]
					])
				] as unknown as ExpressionSpecification
			}
		},
		{
			id: id('outline'),
			type: 'line',
			source,
			filter: partFilter('outline'),
			paint: {
				'line-color': color,
				'line-width': emphasised(widths.outline, emphasis.outline),
				'line-dasharray': outlineDash
			}
		},
		{
			id: id('line'),
			type: 'line',
			source,
			filter: partFilter('line'),
			layout: { 'line-cap': 'round' },
			paint: {
				'line-color': color,
				'line-width': emphasised(widths.route, emphasis.route),
				...(dash ? { 'line-dasharray': dash } : {})
			}
		},
		{
			id: id('arrow'),
			type: 'symbol',
			source,
			filter: partFilter('arrow'),
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': arrows.spacing,
				'icon-image': 'arrow',
				'icon-size': arrows.scale,
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: { 'icon-color': color, 'icon-halo-color': basemapColors.halo, 'icon-halo-width': widths.arrowHalo }
		},
		{
			id: id('point'),
			type: 'symbol',
			source: points,
			filter: partFilter('point'),
			layout: {
				'icon-image': layer.symbology.shape,
				'icon-size': byValue('precision', markerScales),
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: {
				'icon-color': color,
				'icon-halo-color': ['case', ['any', state('hover'), state('selected')], INK, basemapColors.halo],
				'icon-halo-width': emphasised(widths.markerHalo, emphasis.markerHalo)
			}
		},
		{
			id: id('label'),
			type: 'symbol',
			source: points,
			filter: partFilter('label'),
			minzoom: placeLabel.minzoom,
			layout: {
				'text-field': ['get', `name_${lang}`],
				'text-font': [FONT],
				'text-size': placeLabel.size,
				'text-offset': [0, placeLabel.offsetEm],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': color, 'text-halo-color': basemapColors.halo, 'text-halo-width': widths.placeLabelHalo }
		},
		...(clustered ? clusterLayers(layer) : [])
	];
}

/**
 * The groups of a clustering layer's points: a circle in the layer's colour, sized by its count, with the count in it
 * (the SVG renderer's `clusterMarker` draws the same). A click on one zooms in until it falls apart (StoryMap).
 */
export function clusterLayers(layer: LayerMeta): LayerSpecification[] {
	const isGroup: ExpressionSpecification = ['has', 'point_count'];
	const [first, ...rest] = clustering.radii;
	const radius = [
		'step',
		['get', 'point_count'],
		first![1],
		...rest.flatMap((r, i) => [clustering.radii[i]![0], r[1]])
	] as unknown as ExpressionSpecification;
	return [
		{
			id: `${layer.id}-cluster`,
			type: 'circle',
			source: pointsSource(layer.id),
			filter: isGroup,
			paint: {
				'circle-color': layer.symbology.color,
				'circle-radius': radius,
				'circle-stroke-color': basemapColors.halo,
				'circle-stroke-width': clustering.halo
			}
		},
		{
			id: `${layer.id}-cluster-count`,
			type: 'symbol',
			source: pointsSource(layer.id),
			filter: isGroup,
			layout: {
				'text-field': ['to-string', ['get', 'point_count_abbreviated']],
				'text-font': [FONT],
				'text-size': clustering.textSize,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': basemapColors.halo }
		}
	];
}

/** Basemap layers, for whichever basemap files the story folder has. */
export function basemapLayers(names: string[], lang: Lang, focus: string[] = []): LayerSpecification[] {
	const has = (n: string) => names.includes(n);
	const name: ExpressionSpecification = ['coalesce', ['get', `name_${lang}`], ['get', 'name_en'], ''];
	const withLocal: ExpressionSpecification = [
		'case',
		['all', ['has', 'local'], ['!=', ['get', 'local'], name]],
		['format', name, {}, '\n', {}, ['get', 'local'], { 'font-scale': basemapLabels.localScale }],
		['format', name, {}]
	];
	const layers: LayerSpecification[] = [];
	if (has('world'))
		layers.push(
			{
				id: 'basemap-world',
				type: 'fill',
				source: 'basemap-world',
				filter: ['==', ['get', 'kind'], 'land'],
				paint: { 'fill-color': basemapColors.land }
			},
			{
				id: 'basemap-world-boundaries',
				type: 'line',
				source: 'basemap-world',
				filter: ['==', ['get', 'kind'], 'boundary'],
				paint: {
					'line-color': basemapColors.border,
					'line-width': widths.worldBoundary,
					'line-dasharray': boundaryDash
				}
			}
		);
	if (has('countries'))
		layers.push({
			id: 'basemap-countries',
			type: 'fill',
			source: 'basemap-countries',
			paint: {
				'fill-color': [
					'case',
					['in', ['get', 'name_en'], ['literal', focus]],
					basemapColors.focusLand,
					basemapColors.land
				]
			}
		});
	if (has('water'))
		layers.push({
			id: 'basemap-water',
			type: 'fill',
			source: 'basemap-water',
			paint: { 'fill-color': basemapColors.water }
		});
	if (has('waterways'))
		layers.push({
			id: 'basemap-reservoirs',
			type: 'fill',
			source: 'basemap-waterways',
			minzoom: midscale.minzoom,
			filter: ['==', ['get', 'kind'], 'reservoir'],
			paint: { 'fill-color': basemapColors.water }
		});
	if (has('oblasts'))
		layers.push({
			id: 'basemap-oblasts',
			type: 'line',
			source: 'basemap-oblasts',
			minzoom: midscale.minzoom,
			filter: ['==', ['get', 'kind'], 'border'],
			paint: {
				'line-color': basemapColors.regionBorder,
				'line-width': midscale.borderWidth,
				'line-dasharray': [...midscale.borderDash]
			}
		});
	if (has('waterways'))
		layers.push({
			id: 'basemap-waterways',
			type: 'line',
			source: 'basemap-waterways',
			minzoom: midscale.minzoom,
			filter: ['==', ['get', 'kind'], 'river'],
			paint: {
				'line-color': basemapColors.river,
				'line-width': ['interpolate', ['linear'], ['zoom'], ...riverWidths.flat()]
			}
		});
	if (has('rivers')) {
		// A river the mid-scale file draws finer is drawn from this file only below its zoom; the stretches the finer
		// course does not follow, only from it (`midscale`, scripts/basemap/rivers-midscale.ts): never twice.
		const river = {
			type: 'line' as const,
			source: 'basemap-rivers',
			paint: {
				'line-color': basemapColors.river,
				'line-width': ['interpolate', ['linear'], ['zoom'], ...riverWidths.flat()] as ExpressionSpecification
			}
		};
		const stage = (value: string): ExpressionSpecification => ['==', ['get', 'midscale'], value];
		layers.push(
			{ ...river, id: 'basemap-rivers', filter: ['!', ['has', 'midscale']] },
			{ ...river, id: 'basemap-rivers-below', filter: stage('below'), maxzoom: midscale.minzoom },
			{ ...river, id: 'basemap-rivers-beyond', filter: stage('beyond'), minzoom: midscale.minzoom }
		);
	}
	if (has('boundaries'))
		layers.push({
			id: 'basemap-boundaries',
			type: 'line',
			source: 'basemap-boundaries',
			paint: { 'line-color': basemapColors.border, 'line-width': widths.boundary, 'line-dasharray': boundaryDash }
		});
	// Below the basemap labels, so placed after them: an oblast name never displaces a label the vector map showed.
	if (has('oblasts'))
		layers.push({
			id: 'basemap-oblast-names',
			type: 'symbol',
			source: 'basemap-oblasts',
			minzoom: midscale.minzoom,
			filter: ['==', ['get', 'kind'], 'oblast'],
			layout: {
				'text-field': name,
				'text-font': [FONT],
				'text-size': midscale.nameSize,
				'text-transform': 'uppercase',
				'text-letter-spacing': midscale.nameSpacing,
				'text-padding': labelPadding / 2,
				'text-max-width': maxWidthEm.basemap
			},
			paint: {
				'text-color': basemapColors.regionLabel,
				'text-halo-color': basemapColors.halo,
				'text-halo-width': widths.basemapLabelHalo
			}
		});
	if (has('labels')) {
		const beside = isOneOf('kind', basemapLabels.beside);
		const rank: ExpressionSpecification = ['coalesce', ['get', 'rank'], labelRanks.unranked];
		// The ranks a zoom shows, as rankAt in symbology.ts.
		const upTo = (ranks: RankSteps): ExpressionSpecification => [
			'<=',
			rank,
			['step', ['zoom'], ranks.first, ...ranks.steps.flat()]
		];
		const shownRank = upTo(labelRanks);
		const airport: ExpressionSpecification = ['==', ['get', 'kind'], airports.kind];
		const labelText = {
			'text-font': [FONT],
			'text-size': byValue('kind', basemapLabels.size),
			'text-max-width': maxWidthEm.basemap,
			// MapLibre pads each of two labels, the vector map keeps its padding between them: half is as strict.
			'text-padding': labelPadding / 2
		};
		const labelPaint = { 'text-halo-color': basemapColors.halo, 'text-halo-width': widths.basemapLabelHalo };
		layers.push(
			// Below the basemap's labels, so placed after them: the ring and the name beside it, both or neither.
			{
				id: 'basemap-airports',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['all', airport, shownRank],
				layout: {
					...labelText,
					'icon-image': 'circle',
					'icon-size': airports.iconScale,
					'text-field': withLocal,
					'text-anchor': 'left',
					'text-offset': ['literal', [basemapLabels.besideEm, 0]]
				},
				paint: {
					...labelPaint,
					'icon-color': basemapColors.halo,
					'icon-halo-color': basemapColors.label,
					'icon-halo-width': airports.ringWidth,
					'text-color': basemapColors.label
				}
			},
			{
				id: 'basemap-places',
				type: 'circle',
				source: 'basemap-labels',
				filter: ['all', isOneOf('kind', basemapLabels.dotted), upTo(dotRanks)],
				paint: {
					'circle-radius': byValue('kind', placeDotRadii),
					'circle-color': basemapColors.label,
					'circle-stroke-color': basemapColors.halo,
					'circle-stroke-width': widths.placeDotStroke
				}
			},
			{
				id: 'basemap-labels',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['all', ['!', airport], shownRank],
				layout: {
					...labelText,
					// Placed in the vector map's order (basemapLabelOrder), so that none of its labels yields to one it left out.
					'symbol-sort-key': ['coalesce', ['get', labelOrderKey(lang)], rank],
					'text-field': withLocal,
					'text-transform': ['case', isOneOf('kind', basemapLabels.upper), 'uppercase', 'none'],
					'text-letter-spacing': byValue('kind', basemapLabels.spacing),
					'text-anchor': ['case', beside, 'left', 'center'],
					'text-offset': ['case', beside, ['literal', [basemapLabels.besideEm, 0]], ['literal', [0, 0]]]
				},
				paint: {
					...labelPaint,
					'text-color': ['case', isOneOf('kind', basemapLabels.water), basemapColors.waterLabel, basemapColors.label]
				}
			}
		);
	}
	return layers;
}

/** The road classes of the city tiles' `transportation` layer that are drawn as roads (paths and rail apart). */
const roadClasses = city.roadWidths.map(([c]) => c);

/** A road's width by class at `zoom` (0: the first width of `city.roadWidths`, 1: the second), casing added. */
function roadWidth(at: 0 | 1, casing = 0) {
	const cases = Object.fromEntries(city.roadWidths.map(([c, w]) => [c, w[at] + casing]));
	return byValue('class', { cases, otherwise: city.roadWidths.at(-1)![1][at] + casing });
}
const roadWidths = (casing = 0): ExpressionSpecification => [
	'interpolate',
	['exponential', cityRoadBase],
	['zoom'],
	12,
	roadWidth(0, casing),
	16,
	roadWidth(1, casing)
];

/**
 * The city tiles (source `city`, OpenMapTiles schema) in the basemap's calm palette: parks, water, buildings, rail,
 * roads by class, then street and landmark names. They go above the embedded basemap's shapes and below its labels,
 * so a label the vector map showed is never displaced by a street name.
 */
export function cityLayers(lang: Lang): LayerSpecification[] {
	const base = { source: 'city', minzoom: CITY_MINZOOM } as const;
	const isRoad = isOneOf('class', roadClasses);
	const major = isOneOf('class', ['motorway', 'trunk', 'primary', 'secondary']);
	const name: ExpressionSpecification = ['coalesce', ['get', `name_${lang}`], ['get', 'name']];
	return [
		{ ...base, id: 'city-park', type: 'fill', 'source-layer': 'park', paint: { 'fill-color': cityColors.park } },
		{ ...base, id: 'city-water', type: 'fill', 'source-layer': 'water', paint: { 'fill-color': basemapColors.water } },
		{
			...base,
			id: 'city-waterway',
			type: 'line',
			'source-layer': 'waterway',
			paint: { 'line-color': basemapColors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1, 16, 4] }
		},
		{
			...base,
			id: 'city-building',
			type: 'fill',
			'source-layer': 'building',
			minzoom: city.buildingMinzoom,
			paint: { 'fill-color': cityColors.building, 'fill-outline-color': cityColors.roadCasing }
		},
		{
			...base,
			id: 'city-rail',
			type: 'line',
			'source-layer': 'transportation',
			filter: isOneOf('class', ['rail', 'transit']),
			paint: { 'line-color': cityColors.rail, 'line-width': city.railWidth, 'line-dasharray': [...city.railDash] }
		},
		{
			...base,
			id: 'city-path',
			type: 'line',
			'source-layer': 'transportation',
			filter: ['==', ['get', 'class'], 'path'],
			paint: { 'line-color': cityColors.path, 'line-width': city.pathWidth, 'line-dasharray': [...city.pathDash] }
		},
		{
			...base,
			id: 'city-road-casing',
			type: 'line',
			'source-layer': 'transportation',
			filter: isRoad,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': ['case', major, cityColors.majorCasing, cityColors.roadCasing],
				'line-width': roadWidths(2 * city.casing)
			}
		},
		{
			...base,
			id: 'city-road',
			type: 'line',
			'source-layer': 'transportation',
			filter: isRoad,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': ['case', major, cityColors.majorRoad, cityColors.road], 'line-width': roadWidths() }
		},
		{
			...base,
			id: 'city-street-names',
			type: 'symbol',
			'source-layer': 'transportation_name',
			layout: {
				'symbol-placement': 'line',
				'text-field': name,
				'text-font': [FONT],
				'text-size': city.streetSize,
				'text-padding': labelPadding / 2
			},
			paint: {
				'text-color': cityColors.streetLabel,
				'text-halo-color': basemapColors.halo,
				'text-halo-width': widths.basemapLabelHalo
			}
		},
		{
			...base,
			id: 'city-poi-names',
			type: 'symbol',
			'source-layer': 'poi',
			minzoom: city.poiMinzoom,
			layout: {
				'text-field': name,
				'text-font': [FONT],
				'text-size': city.poiSize,
				'text-max-width': maxWidthEm.basemap,
				'symbol-sort-key': ['get', 'rank'],
				'text-padding': labelPadding / 2
			},
			paint: {
				'text-color': cityColors.poiLabel,
				'text-halo-color': basemapColors.halo,
				'text-halo-width': widths.basemapLabelHalo
			}
		}
	];
}

/** The MapLibre source of a story's city tiles: its own, below the site's `base`, or a remote TileJSON. */
export function citySource(tiles: CityTiles, base: string): SourceSpecification {
	if ('url' in tiles) return { type: 'vector', url: tiles.url, attribution: tiles.attribution };
	const { minzoom, maxzoom, bounds, attribution, path } = tiles;
	return { type: 'vector', tiles: [`${base}/${path}`], minzoom, maxzoom, bounds, attribution };
}

/** The places under the reader's pointer, above every story layer: a ring, and the marker raised (`emphasis`). */
function spotlightLayers(): LayerSpecification[] {
	const { radius, stroke, fillOpacity, raise } = emphasis.spotlight;
	return [
		{
			id: 'spotlight-ring',
			type: 'circle',
			source: 'spotlight',
			paint: {
				'circle-radius': radius,
				'circle-color': basemapColors.halo,
				'circle-opacity': fillOpacity,
				'circle-stroke-color': INK,
				'circle-stroke-width': stroke
			}
		},
		{
			id: 'spotlight-marker',
			type: 'symbol',
			source: 'spotlight',
			layout: {
				'icon-image': ['get', 'shape'],
				'icon-size': ['*', ['get', 'scale'], raise],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: { 'icon-color': ['get', 'color'], 'icon-halo-color': INK, 'icon-halo-width': widths.markerHalo }
		}
	];
}

/** The spotlight's features for some places: a point where each is centred, with its marker's shape, colour and size. */
export function spotlightData(
	places: Pick<Place, 'center' | 'layer' | 'kind' | 'precision'>[],
	layers: LayerMeta[]
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: places.flatMap((p) => {
			const layer = layers.find((l) => l.id === p.layer);
			if (!layer) return [];
			return [
				{
					type: 'Feature',
					geometry: { type: 'Point', coordinates: p.center },
					properties: {
						shape: layer.symbology.shape,
						color: featureColor(layer.symbology, p.kind ?? ''),
						scale: markerScale(p.precision)
					}
				}
			];
		})
	};
}

export interface StyleInput {
	layers: LayerMeta[];
	basemap: string[];
	/** Countries drawn as the story's focus. */
	focus?: string[];
	lang: Lang;
	fontFaces: FontFacesSpecification;
	/** Prefix for data URLs, e.g. the app's base path or an absolute origin. */
	base: string;
	/** Basemap files that start empty, for the page to fill in (`basemapUrl`) once its first view is drawn. */
	deferred?: string[];
	/** The story's city tiles, where it has any. */
	cityTiles?: CityTiles | null;
	/** The layers whose points group where they crowd (`clusters` in src/lib/render/clusters.ts). */
	clustered?: string[];
}

/** The basemap's layers with the city's inserted before its first label layer (see cityLayers). */
function withCity(basemap: LayerSpecification[], cityLayers: LayerSpecification[]): LayerSpecification[] {
	const firstLabel = basemap.findIndex((l) => l.type === 'symbol' || l.id === 'basemap-places');
	const at = firstLabel < 0 ? basemap.length : firstLabel;
	return [...basemap.slice(0, at), ...cityLayers, ...basemap.slice(at)];
}

export const basemapUrl = (base: string, name: string) => `${base}/basemap/${name}.geojson`;
/** A story layer's display features (`src/routes/display/`). */
export const displayUrl = (base: string, layerId: string) => `${base}/display/${layerId}.geojson`;

/** The whole MapLibre style of a story: offline basemap below, story layers above in story.json order. */
export function buildStyle(input: StyleInput): StyleSpecification {
	const { layers, basemap, focus = [], lang, fontFaces, base, deferred = [], cityTiles = null, clustered = [] } = input;
	const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
	const sources: Record<string, SourceSpecification> = {};
	for (const name of basemap)
		sources[`basemap-${name}`] = { type: 'geojson', data: deferred.includes(name) ? empty() : basemapUrl(base, name) };
	for (const layer of layers) {
		const data = displayUrl(base, layer.id);
		sources[storySource(layer.id)] = { type: 'geojson', data, promoteId: 'id' };
		if (clustered.includes(layer.id))
			sources[pointsSource(layer.id)] = {
				type: 'geojson',
				data,
				promoteId: 'id',
				filter: partFilter('point'),
				...clusterSource
			};
	}
	if (cityTiles) sources.city = citySource(cityTiles, base);
	// The great-circle line of a distance the reader measures, empty until then.
	sources.measure = { type: 'geojson', data: empty() };
	// The places under the reader's pointer (`spotlightData`), empty until then.
	sources.spotlight = { type: 'geojson', data: empty() };
	return {
		version: 8,
		'font-faces': fontFaces,
		sources,
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': basemapColors.water } },
			...withCity(basemapLayers(basemap, lang, focus), cityTiles ? cityLayers(lang) : []),
			...layers.flatMap((l) => storyLayers(l, lang, clustered.includes(l.id))),
			...spotlightLayers(),
			{
				id: 'measure-line',
				type: 'line',
				source: 'measure',
				paint: { 'line-color': INK, 'line-width': widths.measure, 'line-dasharray': measureDash }
			}
		]
	} satisfies StyleSpecification;
}
