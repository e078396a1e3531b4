import { distance, point } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import { arc, areaCoverZoom, displayFeatures, uncertaintyArea } from './display';
import { parseStory } from './validate';

describe('arc', () => {
	it('follows the great circle: Moscow to Almaty bends north of the straight line', () => {
		const line = arc([
			[37.62, 55.75],
			[76.95, 43.24]
		]) as LineString;
		expect(line.coordinates.length).toBe(64);
		expect(line.coordinates[0]).toEqual([37.62, 55.75]);
		const mid = line.coordinates[32]!;
		expect(mid[1]).toBeGreaterThan((55.75 + 43.24) / 2 + 1);
	});

	it('keeps a route of more than two positions as drawn', () => {
		const coords = [
			[0, 0],
			[1, 1],
			[2, 0]
		];
		expect(arc(coords)).toEqual({ type: 'LineString', coordinates: coords });
	});
});

describe('uncertaintyArea', () => {
	it('is a closed ring whose points lie radiusKm from the centre', () => {
		const ring = (uncertaintyArea([71.43, 51.13], 15) as Polygon).coordinates[0]!;
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		for (const pos of ring) expect(distance(point([71.43, 51.13]), point(pos))).toBeCloseTo(15, 1);
	});
});

describe('displayFeatures', () => {
	const story = parseStory(readStoryFiles('tests/fixtures/mini-story')).story!;
	const byLayer = (id: string) => displayFeatures(story.layers.find((l) => l.id === id)!.features).features;

	it('draws an exact place as a point only, a city-level place as area and point', () => {
		const cities = byLayer('cities');
		expect(cities.map((f) => [f.properties.id, f.properties.role])).toEqual([
			['grand-place', 'point'],
			['antwerp', 'area'],
			['antwerp', 'point']
		]);
		expect(cities[0]?.properties).toEqual({
			id: 'grand-place',
			role: 'point',
			precision: 'exact',
			kind: '',
			name_nl: 'Grote Markt',
			name_en: 'Grand Place'
		});
	});

	it('turns a two-point route into a great-circle line, with the uncertainty of its origin', () => {
		const [origin, route] = byLayer('routes');
		expect(origin?.properties.role).toBe('area');
		const ring = (origin?.geometry as Polygon).coordinates[0]!;
		expect(distance(point([4.3525, 50.8467]), point(ring[0]!))).toBeCloseTo(5, 1);
		expect(route?.properties.role).toBe('line');
		expect((route?.geometry as LineString).coordinates.length).toBe(64);
	});

	it("puts a route's area of uncertainty at the end its uncertainAt names: the landing, when that is the vague end", () => {
		const train = story.layers.find((l) => l.id === 'routes')!.features[0]!;
		const landing = { ...train, properties: { ...train.properties, uncertainAt: 'destination' as const } };
		const [area, route] = displayFeatures([landing]).features;
		expect(area?.properties.role).toBe('area');
		const ring = (area?.geometry as Polygon).coordinates[0]!;
		for (const pos of ring) expect(distance(point([4.4003, 51.2213]), point(pos))).toBeCloseTo(5, 1);
		expect(route?.properties.role).toBe('line');
		const [originArea] = displayFeatures([
			{ ...train, properties: { ...train.properties, uncertainAt: 'origin' as const } }
		]).features;
		expect(originArea).toEqual(byLayer('routes')[0]);
	});

	it('draws a country-level place as its country outline where the basemap has one, else as a circle', () => {
		const antwerp = story.layers.find((l) => l.id === 'cities')!.features[1]!;
		const country = { ...antwerp, properties: { ...antwerp.properties, precision: 'country' as const, radiusKm: 100 } };
		const outline = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[2.5, 49.5],
					[6.4, 49.5],
					[6.4, 51.5],
					[2.5, 49.5]
				]
			]
		};
		const [withOutline] = displayFeatures([country], new Map([['Antwerp', outline]])).features;
		expect(withOutline?.geometry).toEqual(outline);
		const [withCircle] = displayFeatures([country]).features;
		expect((withCircle?.geometry as Polygon).coordinates[0]).toHaveLength(65);
	});
});

describe('areaCoverZoom', () => {
	it('gives the zoom from which an area covers a typical map: a 15 km circle around Almaty from about 10.5', () => {
		const almaty = areaCoverZoom(uncertaintyArea([76.915, 43.24], 15));
		expect(almaty).toBeCloseTo(10.51, 1);
		// Twice the radius covers the map a zoom earlier; a circle further north (larger on a Mercator map) earlier too.
		expect(areaCoverZoom(uncertaintyArea([76.915, 43.24], 30))).toBeCloseTo(almaty - 1, 1);
		expect(areaCoverZoom(uncertaintyArea([71.43, 51.17], 15))).toBeLessThan(almaty);
	});

	it('goes into every area display feature, and only those', () => {
		const story = parseStory(readStoryFiles('tests/fixtures/mini-story')).story!;
		for (const layer of story.layers)
			for (const f of displayFeatures(layer.features).features)
				expect(f.properties.cover_zoom !== undefined, `${f.properties.id} ${f.properties.role}`).toBe(
					f.properties.role === 'area'
				);
	});
});
