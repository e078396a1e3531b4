import { describe, expect, it } from 'vitest';
import { freeBox, insetsOf, panToFit, type Box } from './overlays';

const box = (left: number, top: number, width: number, height: number): Box => ({
	left,
	top,
	right: left + width,
	bottom: top + height
});
// A map of 624 × 823 px at (272, 77), as at 1440 × 900 in three columns.
const map = box(272, 77, 624, 823);

describe('insetsOf', () => {
	it('gives each overlay the edge that costs the least room', () => {
		const tools = box(282, 87, 250, 30);
		const zoom = box(857, 87, 29, 58);
		const scale = box(282, 870, 100, 20);
		const openLegend = box(282, 123, 272, 330);
		expect(insetsOf(map, [tools, zoom, scale, openLegend])).toEqual({ top: 40, right: 39, bottom: 30, left: 282 });
		// Collapsed, the legend is one short row under the tools: it takes the top, and the left stays free.
		const closedLegend = box(282, 123, 110, 30);
		expect(insetsOf(map, [tools, closedLegend])).toEqual({ top: 76, right: 0, bottom: 0, left: 0 });
	});

	it('ignores what is hidden or lies outside the map', () => {
		expect(insetsOf(map, [box(0, 0, 0, 0), box(10, 10, 100, 100), box(282, 87, 0, 30)])).toEqual({
			top: 0,
			right: 0,
			bottom: 0,
			left: 0
		});
	});
});

describe('panToFit', () => {
	const free = freeBox(map, [box(282, 870, 100, 20)], 8);

	it('moves a popup that runs past the bottom up into the free part, and one inside not at all', () => {
		expect(panToFit(box(400, 700, 300, 250), free)).toEqual([0, 700 + 250 - (900 - 30 - 8)]);
		expect(panToFit(box(400, 200, 300, 250), free)).toEqual([0, 0]);
	});

	it('moves a popup past the left or top edge right or down', () => {
		expect(panToFit(box(250, 60, 300, 250), free)).toEqual([250 - 280, 60 - 85]);
	});

	it('keeps the top of a popup taller than the free part in view: its own box scrolls', () => {
		expect(panToFit(box(400, 300, 300, 900), free)).toEqual([0, 300 - 85]);
	});
});
