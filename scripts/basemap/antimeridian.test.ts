import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from './antimeridian';
import { square } from './test-shapes';

describe('antimeridian', () => {
	it('splitAtAntimeridian cuts a ring that jumps from 179 to -179 into two pieces', () => {
		const ring = [
			[178, 60],
			[-178, 60],
			[-178, 62],
			[178, 62],
			[178, 60]
		];
		const pieces = splitAtAntimeridian([ring]);
		expect(pieces).toHaveLength(2);
		for (const piece of pieces) for (const [lon = 0] of piece.flat()) expect(Math.abs(lon)).toBeGreaterThanOrEqual(178);
		expect(splitAtAntimeridian([square(0, 0, 1)])).toEqual([[square(0, 0, 1)]]);
	});
});
