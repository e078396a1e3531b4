import { describe, expect, it } from 'vitest';
import { basemapColors as c } from './colors';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
};

describe('the basemap palette', () => {
	it('draws oblast borders quieter than country borders, yet visible on either land', () => {
		expect(contrast(c.regionBorder, c.land)).toBeLessThan(contrast(c.border, c.land));
		expect(contrast(c.regionBorder, c.land)).toBeGreaterThan(1.5);
		expect(contrast(c.regionBorder, c.focusLand)).toBeGreaterThan(1.5);
	});

	it('writes oblast names readably on their halo (WCAG AA), quieter than the other labels', () => {
		expect(contrast(c.regionLabel, c.halo)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(c.regionLabel, c.halo)).toBeLessThan(contrast(c.label, c.halo));
	});
});
