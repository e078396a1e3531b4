import { describe, expect, it } from 'vitest';
import { sheetLayouts } from './layout';
import { mmToPx } from './paper';

describe('sheetLayouts', () => {
	it('puts the key beside the map on a landscape sheet, in one column, then two with a narrower map', () => {
		const [one, two] = sheetLayouts({ paper: 'a4', orient: 'landscape' });
		expect(one).toMatchObject({ columns: 1, side: 92 });
		expect(two!.columns).toBe(2);
		expect(two!.mapW).toBeLessThan(one!.mapW);
		expect(one!.mapW + mmToPx(92 + 6 + 20)).toBeCloseTo(mmToPx(297), -1);
	});

	it('gives the map of a portrait sheet most of its height first, down to half, the key in columns of 85 mm or more', () => {
		const a3 = sheetLayouts({ paper: 'a3', orient: 'portrait' });
		expect(a3[0]!.mapH).toBeGreaterThan(mmToPx(420) * 0.7);
		expect(a3.at(-1)!.mapH).toBeCloseTo(mmToPx(420 - 54) * 0.5, 0);
		for (const [i, l] of a3.entries()) if (i) expect(l.mapH).toBeLessThan(a3[i - 1]!.mapH);
		expect(a3[0]!.columns).toBe(3);
		expect(sheetLayouts({ paper: 'a4', orient: 'portrait' })[0]!.columns).toBe(2);
	});
});
