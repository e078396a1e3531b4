import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toGeoJsonText } from './geojson';

describe('geojson', () => {
	it('toGeoJsonText writes one feature per line', () => {
		const point: Feature<Point> = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } };
		expect(toGeoJsonText([point, point]).split('\n')).toHaveLength(5);
	});
});
