import type { FeatureCollection } from 'geojson';
import type {
	ExpressionSpecification,
	FontFacesSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerMeta, Symbology } from '../story/types';

import type { Lang } from '../i18n';
export type { Lang };

/** The basemap's palette: quiet, so the story's colours stand out. */
export const basemapColors = {
	water: '#c9dde8',
	land: '#f4f1ea',
	focusLand: '#fffdf7',
	border: '#8a8172',
	river: '#9cc0d6',
	label: '#3b3a36',
	waterLabel: '#2f6580',
	halo: '#ffffff'
} as const;

export const FONT = 'Noto Sans';

/** The colour of a feature: its kind's colour where the symbology gives one, else the layer's. */
export function colorExpression(s: Symbology): ExpressionSpecification | string {
	const kinds = Object.entries(s.kindColors ?? {});
	if (kinds.length === 0) return s.color;
	return ['match', ['get', 'kind'], ...kinds.flat(), s.color] as unknown as ExpressionSpecification;
}

/** The parts of a story layer: the MapLibre layer ids are `<layer id>-<part>`, stable for tests and print. */
export const layerParts = ['area', 'outline', 'line', 'arrow', 'point', 'label'] as const;
export type LayerPart = (typeof layerParts)[number];

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
 * Example: partFilter('point', '2022-01-06') hides a point whose date_from is 2022-01-07.
 */
export function partFilter(part: LayerPart, day: string | null = null): ExpressionSpecification {
	const role: ExpressionSpecification = ['==', ['get', 'role'], partRole[part]];
	if (day === null) return role;
	return ['all', role, ['any', ['!', ['has', 'date_from']], ['<=', ['get', 'date_from'], day]]];
}

const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const emphasis = (normal: number, hover: number, selected: number): ExpressionSpecification => [
	'case',
	state('selected'),
	selected,
	state('hover'),
	hover,
	normal
];
export const INK = '#111827';

/** MapLibre layers for one story layer, in drawing order: areas, routes with arrowheads, markers, labels. */
export function storyLayers(layer: LayerMeta, lang: Lang): LayerSpecification[] {
	const color = colorExpression(layer.symbology);
	const dash = layer.symbology.dash;
	const source = `story-${layer.id}`;
	const id = (part: LayerPart) => `${layer.id}-${part}`;
	const exact: ExpressionSpecification = ['in', ['get', 'precision'], ['literal', ['exact', 'site']]];
	return [
		{
			id: id('area'),
			type: 'fill',
			source,
			filter: partFilter('area'),
			paint: {
				'fill-color': color,
				// The vaguer the place, the wider and fainter its area, so it never hides what lies below.
				'fill-opacity': [
					'case',
					['any', state('hover'), state('selected')],
					0.3,
					['match', ['get', 'precision'], 'country', 0.05, 'region', 0.1, 0.16]
				]
			}
		},
		{
			id: id('outline'),
			type: 'line',
			source,
			filter: partFilter('outline'),
			paint: { 'line-color': color, 'line-width': emphasis(1.5, 2.5, 3), 'line-dasharray': [3, 2] }
		},
		{
			id: id('line'),
			type: 'line',
			source,
			filter: partFilter('line'),
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': color, 'line-width': emphasis(2.5, 4, 4.5), ...(dash ? { 'line-dasharray': dash } : {}) }
		},
		{
			id: id('arrow'),
			type: 'symbol',
			source,
			filter: partFilter('arrow'),
			layout: {
				'symbol-placement': 'line',
				'symbol-spacing': 90,
				'icon-image': 'arrow',
				'icon-size': 0.55,
				'icon-rotation-alignment': 'map',
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: { 'icon-color': color, 'icon-halo-color': '#ffffff', 'icon-halo-width': 1 }
		},
		{
			id: id('point'),
			type: 'symbol',
			source,
			filter: partFilter('point'),
			layout: {
				'icon-image': layer.symbology.shape,
				// Exactly placed markers are larger than those standing for a city or a region.
				'icon-size': ['case', exact, 0.7, 0.55],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: {
				'icon-color': color,
				'icon-halo-color': ['case', ['any', state('hover'), state('selected')], INK, '#ffffff'],
				'icon-halo-width': emphasis(1.5, 2.5, 3)
			}
		},
		{
			id: id('label'),
			type: 'symbol',
			source,
			filter: partFilter('label'),
			minzoom: 5,
			layout: {
				'text-field': ['get', `name_${lang}`],
				'text-font': [FONT],
				'text-size': 12,
				'text-offset': [0, 1],
				'text-anchor': 'top',
				'text-optional': true
			},
			paint: { 'text-color': color, 'text-halo-color': basemapColors.halo, 'text-halo-width': 1.5 }
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
		['format', name, {}, '\n', {}, ['get', 'local'], { 'font-scale': 0.85 }],
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
				paint: { 'line-color': basemapColors.border, 'line-width': 0.8, 'line-dasharray': [4, 2] }
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
	if (has('rivers'))
		layers.push({
			id: 'basemap-rivers',
			type: 'line',
			source: 'basemap-rivers',
			paint: { 'line-color': basemapColors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6] }
		});
	if (has('boundaries'))
		layers.push({
			id: 'basemap-boundaries',
			type: 'line',
			source: 'basemap-boundaries',
			paint: { 'line-color': basemapColors.border, 'line-width': 1, 'line-dasharray': [4, 2] }
		});
	if (has('labels')) {
		const isWater: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', ['sea', 'lake', 'river']]];
		layers.push(
			{
				id: 'basemap-places',
				type: 'circle',
				source: 'basemap-labels',
				filter: ['in', ['get', 'kind'], ['literal', ['capital', 'city']]],
				paint: {
					'circle-radius': ['match', ['get', 'kind'], 'capital', 3.5, 2.5],
					'circle-color': basemapColors.label,
					'circle-stroke-color': basemapColors.halo,
					'circle-stroke-width': 1
				}
			},
			{
				id: 'basemap-labels',
				type: 'symbol',
				source: 'basemap-labels',
				filter: ['<=', ['coalesce', ['get', 'rank'], 4], ['step', ['zoom'], 1, 3, 2, 4, 3, 5, 4]],
				layout: {
					'text-field': withLocal,
					'text-font': [FONT],
					'text-size': ['match', ['get', 'kind'], 'country', 13, 'capital', 12, 11],
					'text-transform': ['match', ['get', 'kind'], 'country', 'uppercase', 'none'],
					'text-letter-spacing': ['match', ['get', 'kind'], 'country', 0.08, 0],
					'text-anchor': ['match', ['get', 'kind'], ['capital', 'city'], 'left', 'center'],
					'text-offset': ['match', ['get', 'kind'], ['capital', 'city'], ['literal', [0.5, 0]], ['literal', [0, 0]]],
					'text-max-width': 8
				},
				paint: {
					'text-color': ['case', isWater, basemapColors.waterLabel, basemapColors.label],
					'text-halo-color': basemapColors.halo,
					'text-halo-width': 1.2
				}
			}
		);
	}
	return layers;
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
}

export const basemapUrl = (base: string, name: string) => `${base}/basemap/${name}.geojson`;

/** The whole MapLibre style of a story: offline basemap below, story layers above in story.json order. */
export function buildStyle(input: StyleInput): StyleSpecification {
	const { layers, basemap, focus = [], lang, fontFaces, base, deferred = [] } = input;
	const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });
	const sources: Record<string, SourceSpecification> = {};
	for (const name of basemap)
		sources[`basemap-${name}`] = { type: 'geojson', data: deferred.includes(name) ? empty() : basemapUrl(base, name) };
	for (const layer of layers)
		sources[`story-${layer.id}`] = { type: 'geojson', data: `${base}/display/${layer.id}.geojson`, promoteId: 'id' };
	// The great-circle line of a distance the reader measures, empty until then.
	sources.measure = { type: 'geojson', data: empty() };
	return {
		version: 8,
		'font-faces': fontFaces,
		sources,
		layers: [
			{ id: 'background', type: 'background', paint: { 'background-color': basemapColors.water } },
			...basemapLayers(basemap, lang, focus),
			...layers.flatMap((l) => storyLayers(l, lang)),
			{
				id: 'measure-line',
				type: 'line',
				source: 'measure',
				paint: { 'line-color': INK, 'line-width': 2, 'line-dasharray': [1, 1.5] }
			}
		]
	} satisfies StyleSpecification;
}
