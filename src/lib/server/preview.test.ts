import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { displayNear } from './preview';

const point = (id: string, coordinates: [number, number]): Feature<Geometry> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates },
	properties: { id }
});
const route: Feature<Geometry> = {
	type: 'Feature',
	geometry: {
		type: 'LineString',
		coordinates: [
			[37.6, 55.8],
			[76.9, 43.3]
		]
	},
	properties: { id: 'moscow-almaty' }
};
const display = {
	places: {
		type: 'FeatureCollection',
		features: [point('almaty', [76.95, 43.24]), point('geneva', [6.14, 46.2]), route]
	} as FeatureCollection
} as unknown as Parameters<typeof displayNear>[0];
const ids = (d: ReturnType<typeof displayNear>) => d.places!.features.map((f) => f.properties!.id);

describe('displayNear', () => {
	it("keeps what reaches into a place's preview (a route that ends there too) and leaves out the far", () => {
		expect(ids(displayNear(display, { center: [76.95, 43.24], zoom: 7 }))).toEqual(['almaty', 'moscow-almaty']);
	});
	it('keeps everything in a view of half the world or more', () => {
		expect(ids(displayNear(display, { center: [100, 60], zoom: 1 }))).toEqual(['almaty', 'geneva', 'moscow-almaty']);
	});
});
