import { Color, expression, featureFilter, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapLayers, storyLayers } from '../map/style';
import type { LayerMeta } from '../story/types';
import { precisions } from '../story/schema';
import {
	airports,
	basemapColors,
	areaFade,
	areaFill,
	areaOpacity,
	arrows,
	coverZoom,
	basemapLabelStyle,
	boundaryDash,
	emphasis,
	featureColor,
	labelOrderKey,
	labelPadding,
	markerScale,
	maxDotRank,
	maxLabelRank,
	outlineDash,
	placeDotRadius,
	placeLabel,
	riverWidth,
	widths
} from './symbology';

// The SVG renderer's numbers, checked against the MapLibre style evaluated by MapLibre's own expression engine.
const layer: LayerMeta = {
	id: 'deposits',
	name: { nl: 'Grondstoffen', en: 'Deposits' },
	symbology: { color: '#6b4f1d', shape: 'diamond', dash: [4, 2], kindColors: { oil: '#3d2b1f', gas: '#0e7490' } }
};
const story = storyLayers(layer, 'en');
const basemap = basemapLayers(['world', 'countries', 'water', 'rivers', 'boundaries', 'labels'], 'en', ['Kazakhstan']);
const find = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;

function evaluate(
	l: LayerSpecification,
	key: string,
	props: Record<string, unknown> = {},
	zoom = 4,
	featureState: Record<string, boolean> = {}
): unknown {
	const group = key in (l.paint ?? {}) ? 'paint' : 'layout';
	const value = (l[group as keyof LayerSpecification] as Record<string, unknown> | undefined)?.[key];
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${group}_${l.type}`]?.[key];
	const parsed = expression.createPropertyExpression(value, `${l.id}.${key}`, spec as never);
	if (parsed.result !== 'success' || !('evaluate' in parsed.value)) return value;
	const result = parsed.value.evaluate({ zoom }, { type: 'Point', properties: props }, featureState);
	return result instanceof Color ? result.toString() : result;
}
const rgba = (hex: string) => Color.parse(hex)!.toString();

describe('the SVG symbology matches the interactive style', () => {
	it('colours features by kind, else by layer', () => {
		for (const kind of ['oil', 'gas', 'coal', ''])
			expect(evaluate(find(story, 'deposits-point'), 'icon-color', { kind })).toBe(
				rgba(featureColor(layer.symbology, kind))
			);
	});

	it('fades areas and sizes markers by precision', () => {
		for (const precision of precisions) {
			expect(evaluate(find(story, 'deposits-area'), 'fill-opacity', { precision })).toBe(areaOpacity(precision));
			expect(evaluate(find(story, 'deposits-point'), 'icon-size', { precision })).toBe(markerScale(precision));
		}
	});

	it('fades an area that covers the view to its outline, by zoom per feature, as the SVG renderer does', () => {
		const area = find(story, 'deposits-area');
		for (const precision of precisions)
			for (const cover_zoom of [2.3, 8, 10.51, 14])
				for (const zoom of [0, 3.6, 7.5, 9.51, 10, 10.51, 11, 13, 18, 22]) {
					const expected = areaOpacity(precision) * areaFill(zoom, cover_zoom);
					expect(evaluate(area, 'fill-opacity', { precision, cover_zoom }, zoom)).toBeCloseTo(expected, 9);
					const chosen = evaluate(area, 'fill-opacity', { precision, cover_zoom }, zoom, { selected: true });
					expect(chosen).toBeCloseTo(emphasis.areaOpacity * areaFill(zoom, cover_zoom), 9);
				}
		// An area without a cover zoom never fades.
		expect(evaluate(area, 'fill-opacity', { precision: 'city' }, 18)).toBe(areaOpacity('city'));
	});

	it('uses the same widths, dashes and halos for story layers', () => {
		expect(evaluate(find(story, 'deposits-outline'), 'line-width')).toBe(widths.outline);
		expect(evaluate(find(story, 'deposits-outline'), 'line-dasharray')).toEqual(outlineDash);
		expect(evaluate(find(story, 'deposits-line'), 'line-width')).toBe(widths.route);
		expect(evaluate(find(story, 'deposits-line'), 'line-dasharray')).toEqual(layer.symbology.dash);
		expect(evaluate(find(story, 'deposits-point'), 'icon-halo-width')).toBe(widths.markerHalo);
		expect(evaluate(find(story, 'deposits-arrow'), 'icon-halo-width')).toBe(widths.arrowHalo);
		expect(evaluate(find(story, 'deposits-arrow'), 'symbol-spacing')).toBe(arrows.spacing);
		expect(evaluate(find(story, 'deposits-arrow'), 'icon-size')).toBe(arrows.scale);
		const label = find(story, 'deposits-label');
		expect(label.minzoom).toBe(placeLabel.minzoom);
		expect(evaluate(label, 'text-size')).toBe(placeLabel.size);
		expect(evaluate(label, 'text-halo-width')).toBe(widths.placeLabelHalo);
	});

	it('takes its hover and selection emphasis from the same table', () => {
		for (const key of ['hover', 'selected'] as const) {
			const on = { [key]: true };
			expect(evaluate(find(story, 'deposits-outline'), 'line-width', {}, 4, on)).toBe(emphasis.outline[key]);
			expect(evaluate(find(story, 'deposits-line'), 'line-width', {}, 4, on)).toBe(emphasis.route[key]);
			expect(evaluate(find(story, 'deposits-point'), 'icon-halo-width', {}, 4, on)).toBe(emphasis.markerHalo[key]);
			for (const precision of precisions)
				expect(evaluate(find(story, 'deposits-area'), 'fill-opacity', { precision }, 4, on)).toBe(emphasis.areaOpacity);
		}
	});

	it('uses the same basemap widths and dashes', () => {
		for (const zoom of [1, 3, 4.5, 8, 12])
			expect(evaluate(find(basemap, 'basemap-rivers'), 'line-width', {}, zoom)).toBeCloseTo(riverWidth(zoom), 9);
		expect(evaluate(find(basemap, 'basemap-boundaries'), 'line-width')).toBe(widths.boundary);
		expect(evaluate(find(basemap, 'basemap-boundaries'), 'line-dasharray')).toEqual(boundaryDash);
		expect(evaluate(find(basemap, 'basemap-world-boundaries'), 'line-width')).toBe(widths.worldBoundary);
		expect(evaluate(find(basemap, 'basemap-world-boundaries'), 'line-dasharray')).toEqual(boundaryDash);
	});

	it('labels the basemap alike: ranks by zoom, sizes, case and spacing by kind, dots by kind', () => {
		const labels = find(basemap, 'basemap-labels');
		const filter = featureFilter('filter' in labels ? labels.filter : undefined, 'basemap-labels.filter');
		for (const zoom of [0, 2.9, 3, 3.99, 4, 4.5, 5, 5.99, 6, 9])
			for (const rank of [1, 2, 3, 4, 5])
				expect(filter.filter({ zoom }, { type: 1, properties: { rank } })).toBe(rank <= maxLabelRank(zoom));
		for (const kind of ['country', 'capital', 'city', 'town', 'sea', 'lake', 'river']) {
			const s = basemapLabelStyle(kind);
			expect(evaluate(labels, 'text-size', { kind })).toBe(s.size);
			expect(evaluate(labels, 'text-transform', { kind })).toBe(s.upper ? 'uppercase' : 'none');
			expect(evaluate(labels, 'text-letter-spacing', { kind })).toBe(s.spacing);
			expect(evaluate(labels, 'text-anchor', { kind })).toBe(s.beside ? 'left' : 'center');
		}
		expect(evaluate(labels, 'text-halo-width')).toBe(widths.basemapLabelHalo);
		// MapLibre pads both labels of a pair, the vector map the gap between them.
		expect(evaluate(labels, 'text-padding')).toBe(labelPadding / 2);
		// An airport: the circle marker, white with a grey halo, and its name beside it; not in the labels layer.
		const airportLayer = find(basemap, 'basemap-airports');
		const airportFilter = featureFilter('filter' in airportLayer ? airportLayer.filter : undefined, 'airports');
		const labelsFilter = featureFilter('filter' in labels ? labels.filter : undefined, 'labels');
		for (const zoom of [5.99, 6]) {
			const f = { type: 1 as const, properties: { kind: 'airport', rank: 5 } };
			expect(airportFilter.filter({ zoom }, f)).toBe(zoom >= 6);
			expect(labelsFilter.filter({ zoom }, f)).toBe(false);
		}
		expect(evaluate(airportLayer, 'icon-image')).toMatchObject({ name: 'circle' });
		expect(evaluate(airportLayer, 'icon-size')).toBe(airports.iconScale);
		expect(evaluate(airportLayer, 'icon-color')).toBe(rgba(basemapColors.halo));
		expect(evaluate(airportLayer, 'icon-halo-color')).toBe(rgba(basemapColors.label));
		expect(evaluate(airportLayer, 'text-size', { kind: 'airport' })).toBe(basemapLabelStyle('airport').size);
		const places = find(basemap, 'basemap-places');
		const dots = featureFilter('filter' in places ? places.filter : undefined, 'basemap-places.filter');
		for (const zoom of [3, 5.99, 6, 9])
			for (const rank of [1, 4, 5])
				expect(dots.filter({ zoom }, { type: 1, properties: { kind: 'town', rank } })).toBe(rank <= maxDotRank(zoom));
		expect(maxDotRank(5.99)).toBe(4);
		expect(maxDotRank(6)).toBe(5);
		for (const kind of ['capital', 'city', 'town'])
			expect(evaluate(places, 'circle-radius', { kind })).toBe(placeDotRadius(kind));
		// A town has a smaller dot than a city's.
		expect(placeDotRadius('town')).toBeLessThan(placeDotRadius('city'));
	});
});

describe('the order basemap labels are placed in', () => {
	it('is MapLibre’s too: its sort key is the order the vector map placed them in, for the language, else the rank', () => {
		const labels = find(basemap, 'basemap-labels');
		expect(evaluate(labels, 'symbol-sort-key', { [labelOrderKey('en')]: 7, [labelOrderKey('nl')]: 3, rank: 2 })).toBe(
			7
		);
		expect(evaluate(labels, 'symbol-sort-key', { rank: 3 })).toBe(3);
	});
});

describe('an area of uncertainty that outgrows the screen', () => {
	it('covers a typical map from the zoom at which its smaller side spans areaFade.clearPx', () => {
		expect(coverZoom(0.75)).toBe(10);
		expect(coverZoom(areaFade.clearPx)).toBe(0);
		// Twice the size: covers the map a zoom earlier.
		expect(coverZoom(1.5)).toBe(9);
		expect(Number.isFinite(coverZoom(0))).toBe(true);
	});

	it('keeps its whole fill while small on screen, none once it covers the view, and fades between', () => {
		const cover = 11;
		for (const zoom of [0, 3.6, 8, 9, 10]) expect(areaFill(zoom, cover)).toBe(1);
		for (const zoom of [11, 12.5, 13, 22, 30]) expect(areaFill(zoom, cover)).toBe(0);
		expect(areaFill(10.5, cover)).toBeCloseTo(0.5, 9);
		// Linear between whole zooms, as MapLibre interpolates: half a zoom into a fade that starts half-way.
		expect(areaFill(10, 10.5)).toBeCloseTo(0.5, 9);
		expect(areaFill(10.5, 10.5)).toBeCloseTo(0.25, 9);
		for (let zoom = 0; zoom < 22; zoom += 0.25)
			expect(areaFill(zoom + 0.25, cover), `from zoom ${zoom}`).toBeLessThanOrEqual(areaFill(zoom, cover));
	});
});
