import { describe, expect, it } from 'vitest';
import { decodeArc } from './topology';

describe('topology', () => {
	it('decodeArc undoes TopoJSON quantisation and delta encoding', () => {
		const transform = { scale: [0.5, 0.25] as [number, number], translate: [10, 20] as [number, number] };
		expect(
			decodeArc(
				[
					[2, 4],
					[2, -4]
				],
				transform
			)
		).toEqual([
			[11, 21],
			[12, 20]
		]);
	});
});
