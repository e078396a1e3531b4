import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { miniInput } from '../../../tests/fixtures/svg/mini-input';
import { buildStyle, partFilter, pointsSource, startedBy } from '../map/style';
import { displayFeatures, type Display, type DisplayProperties } from '../story/display';
import { frameFor } from './svg/project';
import { renderStoryLayer } from './svg/story';
import { clusters, groupPoints } from './clusters';
import { renderMapSvg } from './svg/render';
import { clustering, clusterRadius, showFromZoom } from './symbology';

const point = (id: string, lon: number, lat: number, date_from?: string): Feature<Geometry, DisplayProperties> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [lon, lat] },
	properties: {
		id,
		role: 'point',
		precision: 'exact',
		kind: '',
		name_nl: `Plek ${id}`,
		name_en: `Place ${id}`,
		...(date_from ? { date_from } : {})
	}
});

/**
 * 60 points crowded round Almaty (a tenth of a degree apart) and three far from it and from each other: a layer of more
 * than `clustering.from` places, `grouped` as displayFeatures marks it.
 */
function crowd(): Display {
	const near = Array.from({ length: 60 }, (_, i) =>
		point(`near-${i}`, 76.6 + (i % 8) * 0.1, 43 + Math.floor(i / 8) * 0.1)
	);
	const far = [point('aktau', 51.2, 43.65), point('pavlodar', 76.95, 52.3), point('kostanay', 63.6, 53.2)];
	return { type: 'FeatureCollection', features: [...near, ...far], grouped: true };
}

describe('clusters', () => {
	it('groups the points of a layer of more than `clustering.from` places only', () => {
		expect(clusters(clustering.from)).toBe(false);
		expect(clusters(clustering.from + 1)).toBe(true);
	});

	it('groups crowded points at the country scale and leaves points far from others alone', () => {
		const { groups, single } = groupPoints(crowd(), 4.6);
		expect(groups.map((g) => g.count)).toEqual([60]);
		expect(groups[0]!.label).toBe('60');
		expect(groups[0]!.expansionZoom).toBeGreaterThan(4);
		expect([...single].sort()).toEqual(['aktau', 'kostanay', 'pavlodar']);
	});

	it('lets every point stand alone beyond `clustering.maxZoom`, and leaves out points drawn elsewhere', () => {
		expect(groupPoints(crowd(), clustering.maxZoom + 1).single.size).toBe(63);
		const leaveOut = new Set(['near-0', 'near-1']);
		expect(groupPoints(crowd(), 4, leaveOut).groups.map((g) => g.count)).toEqual([58]);
	});

	it('writes a thousand and more as MapLibre does (supercluster’s abbreviation)', () => {
		const many = Array.from({ length: 1234 }, (_, i) =>
			point(`p${i}`, 70 + (i % 40) * 0.01, 45 + Math.floor(i / 40) * 0.01)
		);
		const { groups } = groupPoints({ type: 'FeatureCollection', features: many }, 3);
		expect(groups).toHaveLength(1);
		expect(groups[0]!.label).toBe('1.2k');
	});
});

describe('the SVG renderer’s groups', () => {
	const input = (zoom: number) =>
		miniInput({
			display: { ...miniInput().display, cities: crowd() },
			view: { center: [64, 48], zoom },
			width: 1000,
			height: 700
		});

	it('draws a crowded layer’s group as one circle with its count, and the points left alone as markers', () => {
		const svg = renderMapSvg(input(4.3));
		expect(svg.match(/data-cluster="60"/g)).toHaveLength(1);
		expect(svg).toMatch(
			/<g data-cluster="60" data-at="7\d\.\d+,43\.\d+" data-zoom="\d+"><circle[^>]*fill="#1d4ed8"[^>]*\/><text[^>]*>60<\/text><\/g>/
		);
		const markers = [...svg.matchAll(/<g data-place="([^"]+)"><(?:polygon|circle)/g)].map((m) => m[1]);
		expect(markers.sort()).toEqual(['aktau', 'kostanay', 'pavlodar']);
	});

	it('labels only the points left alone, and beyond the grouping zoom draws every marker and no group', () => {
		const at6 = renderMapSvg({ ...input(6), view: { center: [77, 43.3], zoom: 6 } });
		expect(at6).toContain('data-cluster=');
		expect(at6).not.toContain('Place near-');
		const at10 = renderMapSvg({ ...input(10), view: { center: [76.6, 43], zoom: 10 } });
		expect(at10).not.toContain('data-cluster=');
		expect(at10).toContain('Place near-0');
	});

	it('leaves a layer of few places as it was: every marker, no group', () => {
		// As displayFeatures makes a layer of `clustering.from` places: not `grouped`.
		const few: Display = { type: 'FeatureCollection', features: crowd().features.slice(0, clustering.from) };
		const svg = renderMapSvg({ ...input(4.6), display: { ...input(4.6).display, cities: few } });
		expect(svg).not.toContain('data-cluster=');
		expect(svg.match(/<g data-place="near-\d+"><polygon/g)).toHaveLength(clustering.from);
	});

	it('groups a part of a crowded layer (a preview’s points near its view) as the whole layer, however few', () => {
		const near = { ...crowd(), features: crowd().features.slice(0, 30) };
		const svg = renderMapSvg({ ...input(4.3), display: { ...input(4.3).display, cities: near } });
		expect(svg.match(/data-cluster="30"/g)).toHaveLength(1);
		expect(svg).not.toMatch(/<g data-place="near-/);
	});
});

describe('the interactive map’s groups', () => {
	const layers = miniInput().layers;
	const style = buildStyle({
		layers,
		basemap: [],
		lang: 'en',
		fontFaces: {},
		base: 'http://127.0.0.1:4173',
		clustered: ['cities']
	});

	it('is a valid style in which the clustering layer draws its markers, labels and groups from grouped points', () => {
		expect(validateStyleMin(style)).toEqual([]);
		expect(style.sources[pointsSource('cities')]).toMatchObject({
			type: 'geojson',
			cluster: true,
			clusterRadius: clustering.radius,
			clusterMaxZoom: clustering.maxZoom,
			clusterMinPoints: clustering.minPoints
		});
		const sourceOf = (id: string) => style.layers.find((l) => l.id === id) as { source?: string } | undefined;
		expect(sourceOf('cities-point')?.source).toBe('story-cities-points');
		expect(sourceOf('cities-label')?.source).toBe('story-cities-points');
		expect(sourceOf('cities-area')?.source).toBe('story-cities');
		expect(sourceOf('cities-cluster')?.source).toBe('story-cities-points');
		expect(sourceOf('routes-point')?.source).toBe('story-routes');
		expect(sourceOf('routes-cluster')).toBeUndefined();
	});

	it('sizes a group’s circle as the SVG renderer does', () => {
		const layer = style.layers.find((l) => l.id === 'cities-cluster') as { paint: { 'circle-radius': unknown } };
		const radius = expression.createExpression(layer.paint['circle-radius'], 'layers[0].paint.circle-radius');
		if (radius.result !== 'success') throw new Error('bad expression');
		for (const n of [3, 9, 10, 99, 100, 5000])
			expect(radius.value.evaluate({ zoom: 4 }, { type: 'Point', properties: { point_count: n } } as never)).toBe(
				clusterRadius(n)
			);
	});

	it('groups on a chosen day only the points started by then, as the layers’ day filter shows them', () => {
		const filter = featureFilter(partFilter('point', '2022-01-06') as never, 'layers[0].filter');
		for (const f of [
			point('a', 0, 0),
			point('b', 0, 0, '2022-01-05'),
			point('c', 0, 0, '2022-01-06'),
			point('d', 0, 0, '2022-01-07')
		])
			expect(startedBy(f.properties, '2022-01-06')).toBe(
				filter.filter({ zoom: 4 }, { type: 1, properties: { ...f.properties } } as never)
			);
	});
});

describe('routes and areas of a crowded layer', () => {
	const route = (id: string, from: [number, number], to: [number, number]): Feature<Geometry, DisplayProperties> => ({
		type: 'Feature',
		geometry: { type: 'LineString', coordinates: [from, to] },
		properties: { ...point(id, 0, 0).properties, role: 'line' }
	});
	// A route 0.4° long (30 km at 48° N, 0.57 px at zoom 0), and one across Kazakhstan.
	const places = [
		...Array.from({ length: 60 }, (_, i) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [60 + i * 0.3, 48] },
			properties: { id: `p${i}`, name: { nl: `p${i}`, en: `p${i}` }, precision: 'exact' as const, passages: [] }
		}))
	];

	it('draw a short route from the zoom at which it is `thinning.minPx.line` long, in MapLibre and the SVG alike', () => {
		const side = 0.4 * (512 / 360);
		const short = { ...route('short', [70, 48], [70.4, 48]).properties, show_from: showFromZoom(side, 64) };
		expect(short.show_from).toBe(7);
		expect(side * 2 ** 7).toBeGreaterThanOrEqual(64);
		expect(side * 2 ** 6).toBeLessThan(64);
		const filter = featureFilter(partFilter('line') as never, 'layers[0].filter');
		const at = (zoom: number, p: object) => filter.filter({ zoom }, { type: 2, properties: p } as never);
		expect([6, 7, 8].map((z) => at(z, short))).toEqual([false, true, true]);
		expect(at(0, route('long', [51, 48], [84, 48]).properties), 'a route of a small layer: always').toBe(true);
		const fc = {
			type: 'FeatureCollection' as const,
			features: [{ ...route('short', [70, 48], [70.4, 48]), properties: short }]
		};
		const layer = miniInput().layers[1]!;
		const drawn = (zoom: number) =>
			renderStoryLayer(layer, fc, frameFor({ center: [70.2, 48], zoom }, 800, 600)).includes('data-place="short"');
		expect([6.9, 7, 7.5].map(drawn)).toEqual([false, true, true]);
	});

	it('come with the zoom they show from only in a layer of more than `clustering.from` places', () => {
		const withRoute = (n: number) =>
			displayFeatures([
				...places.slice(0, n),
				{
					type: 'Feature',
					geometry: {
						type: 'LineString',
						coordinates: [
							[70, 48],
							[70.4, 48]
						]
					},
					properties: { id: 'r', name: { nl: 'r', en: 'r' }, precision: 'exact', passages: [] }
				}
			] as never).features.find((f) => f.properties.id === 'r')!.properties.show_from;
		expect(withRoute(clustering.from - 1)).toBeUndefined();
		expect(withRoute(clustering.from + 5)).toBe(7);
		expect(displayFeatures(places.slice(0, clustering.from) as never).grouped).toBeUndefined();
		expect(displayFeatures(places.slice(0, clustering.from + 1) as never).grouped).toBe(true);
	});
});
