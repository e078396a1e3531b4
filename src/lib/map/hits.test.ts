import { describe, expect, it } from 'vitest';
import { boundsOf, placeIdsAt, showAllBounds, uniqueIds } from './hits';

const feature = (id: string, precision = 'exact') => ({ properties: { id, precision } });

describe('placeIdsAt', () => {
	it('prefers markers and routes near the point, each place once', () => {
		const calls: unknown[] = [];
		const map = {
			queryRenderedFeatures: ((geometry: unknown, options: { layers: string[] }) => {
				calls.push({ geometry, layers: options.layers });
				return [feature('akimat'), feature('square'), feature('akimat')];
			}) as never
		};
		expect(placeIdsAt(map, { x: 100, y: 50 }, ['almaty'])).toEqual(['akimat', 'square']);
		expect(calls).toEqual([
			{
				geometry: [
					[92, 42],
					[108, 58]
				],
				layers: ['almaty-point', 'almaty-line']
			}
		]);
	});

	it('falls back on areas of uncertainty, leaving out whole countries', () => {
		const map = {
			queryRenderedFeatures: ((_: unknown, options: { layers: string[] }) =>
				options.layers[0]!.endsWith('-area')
					? [feature('checkpoints', 'city'), feature('kazakhstan', 'country')]
					: []) as never
		};
		expect(placeIdsAt(map, { x: 1, y: 1 }, ['checkpoints', 'context'])).toEqual(['checkpoints']);
	});
});

describe('uniqueIds and boundsOf', () => {
	it('keeps the first of each id', () => {
		expect(uniqueIds([feature('b'), feature('a'), feature('b')])).toEqual(['b', 'a']);
	});

	it('joins the boxes of several places', () => {
		expect(boundsOf({ bounds: [70, 40, 72, 42] }, { bounds: [-77, 38, -76, 39] })).toEqual([
			[-77, 38],
			[72, 42]
		]);
	});
});

describe('showAllBounds', () => {
	it('frames a country by its marker, not by an outline that spans the globe', () => {
		const russia = {
			precision: 'country' as const,
			center: [100, 60] as [number, number],
			bounds: [-180, 41, 180, 82] as [number, number, number, number]
		};
		const almaty = {
			precision: 'city' as const,
			center: [76.9, 43.2] as [number, number],
			bounds: [76.7, 43.1, 77.1, 43.4] as [number, number, number, number]
		};
		expect(showAllBounds([russia, almaty])).toEqual([
			[76.7, 43.1],
			[100, 60]
		]);
	});
});
