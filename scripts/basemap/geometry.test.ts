import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boxContains, densifyLine, roundGeometry } from './geometry';
import { square } from './test-shapes';

describe('geometry', () => {
	it('roundGeometry rounds, drops collapsed rings and winds outer rings counterclockwise', () => {
		const clockwise = [...square(0, 0, 1)].reverse();
		const tiny = square(5, 5, 0.0001);
		const rounded = roundGeometry<MultiPolygon>({ type: 'MultiPolygon', coordinates: [[clockwise], [tiny]] }, 3);
		expect(rounded).toEqual({ type: 'MultiPolygon', coordinates: [[square(0, 0, 1)]] });
		expect(
			roundGeometry(
				{
					type: 'LineString',
					coordinates: [
						[1.00001, 2],
						[1.00002, 2]
					]
				},
				3
			)
		).toBeNull();
		expect(
			roundGeometry(
				{
					type: 'LineString',
					coordinates: [
						[-0.0001, 1.23456],
						[2, 3]
					]
				},
				3
			)?.coordinates
		).toEqual([
			[0, 1.235],
			[2, 3]
		]);
	});

	it('densifyLine splits long segments only', () => {
		expect(
			densifyLine(
				[
					[20, 62],
					[26, 62],
					[26.5, 62]
				],
				2
			)
		).toEqual([
			[20, 62],
			[22, 62],
			[24, 62],
			[26, 62],
			[26.5, 62]
		]);
	});

	it('boxContains counts the edge as inside', () => {
		expect(boxContains([20, 25, 100, 62], [51, 42])).toBe(true);
		expect(boxContains([20, 25, 100, 62], [100, 62])).toBe(true);
		expect(boxContains([2, 49, 7, 52], [51, 42])).toBe(false);
	});
});
