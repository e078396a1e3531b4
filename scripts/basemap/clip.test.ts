import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipToBox, lineOutsideBox } from './clip';
import { inBox, square } from './test-shapes';

describe('clip', () => {
	it('clipToBox cuts a polygon at the box and returns null when nothing is inside', () => {
		const clipped = clipToBox<Polygon>({ type: 'Polygon', coordinates: [square(-1, -1, 2)] }, [0, 0, 10, 10], 3);
		expect(clipped?.coordinates[0]?.every((p) => inBox(p, [0, 0, 1, 1]))).toBe(true);
		expect(clipToBox<Polygon>({ type: 'Polygon', coordinates: [square(20, 20, 1)] }, [0, 0, 10, 10], 3)).toBeNull();
	});

	it('lineOutsideBox keeps only the parts of a line outside the box', () => {
		expect(
			lineOutsideBox(
				[
					[0, 0],
					[10, 0]
				],
				[2, -1, 4, 1]
			)
		).toEqual([
			[
				[0, 0],
				[2, 0]
			],
			[
				[4, 0],
				[10, 0]
			]
		]);
		expect(lineOutsideBox(square(2.5, -0.5, 1), [2, -1, 4, 1])).toEqual([]);
	});
});
