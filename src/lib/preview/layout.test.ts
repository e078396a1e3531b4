import { describe, expect, it } from 'vitest';
import { toWorld } from '../render/mercator';
import { geometryBounds, previewBand, previewView, PREVIEW_MAP } from './layout';

describe('geometryBounds', () => {
	it('goes across the 180th meridian where that is narrower', () => {
		expect(
			geometryBounds({
				type: 'MultiPoint',
				coordinates: [
					[170, 60],
					[-170, 65]
				]
			})
		).toEqual([170, 60, 190, 65]);
		expect(
			geometryBounds({
				type: 'LineString',
				coordinates: [
					[-10, 0],
					[20, 5]
				]
			})
		).toEqual([-10, 0, 20, 5]);
	});
});

describe('previewView', () => {
	it('centres a point on its marker, no closer than a city and its surroundings', () => {
		const view = previewView({ center: [76.95, 43.24], bounds: [76.95, 43.24, 76.95, 43.24] });
		expect(view).toEqual({ center: [76.95, 43.24], zoom: 7 });
	});

	it("keeps a country's whole outline in view round its marker", () => {
		const outline: [number, number, number, number] = [19, 41, 190, 82];
		const view = previewView({ center: [100, 60], bounds: [46, 33, 154, 87] }, outline);
		expect(view.center).toEqual([100, 60]);
		const [cx, cy] = toWorld([100, 60], view.zoom);
		for (const corner of [
			[19, 41],
			[190, 82]
		] as const) {
			const [x, y] = toWorld(corner, view.zoom);
			expect(Math.abs(x - cx)).toBeLessThanOrEqual(PREVIEW_MAP.width / 2);
			expect(Math.abs(y - cy)).toBeLessThanOrEqual(PREVIEW_MAP.height / 2);
		}
	});
});

describe('previewBand', () => {
	it('escapes its texts and shortens one too long for the band', () => {
		const band = previewBand({ heading: 'A <b> & "c"', subheading: 'word '.repeat(80), byline: 'De Tijd' });
		expect(band).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
		expect(band).toMatch(/(word ){10,}…<\/text>/);
		expect(band).not.toContain('word '.repeat(80));
	});
});
