import type { Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { countryLabelPoint, placeOnLand } from './label-features';
import { square } from './test-shapes';

const land: Polygon = { type: 'Polygon', coordinates: [square(50, 40, 1)] };

describe('label features', () => {
	it('countryLabelPoint puts the label at the centroid of the largest part', () => {
		const twoParts = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 0.5)], [square(10, 10, 2)]] };
		expect(countryLabelPoint(twoParts)).toEqual([11, 11]);
	});

	it('placeOnLand keeps a point on land, moves one just off the coast onto it and gives up beyond maxKm', () => {
		expect(placeOnLand([50.5, 40.5], [land], 5)).toEqual({ at: [50.5, 40.5], movedKm: 0 });
		const moved = placeOnLand([49.99, 40.5], [land], 5);
		expect(moved && booleanPointInPolygon(moved.at, land)).toBe(true);
		expect(moved?.movedKm).toBeLessThan(5);
		expect(placeOnLand([49, 40.5], [land], 5)).toBeNull();
	});
});
