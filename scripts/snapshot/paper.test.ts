import { describe, expect, it } from 'vitest';
import { cssSize, paperSize, pixelSize, pointSize } from './paper';

describe('paperSize', () => {
	it('gives ISO sizes in millimetres, turned for landscape', () => {
		expect(paperSize('a4', 'landscape')).toEqual({ widthMm: 297, heightMm: 210 });
		expect(paperSize('a4', 'portrait')).toEqual({ widthMm: 210, heightMm: 297 });
		expect(paperSize('a3', 'portrait')).toEqual({ widthMm: 297, heightMm: 420 });
		expect(paperSize('a3', 'landscape')).toEqual({ widthMm: 420, heightMm: 297 });
	});

	it('gives Letter as 8.5 × 11 inches', () => {
		const { widthMm, heightMm } = paperSize('letter', 'portrait');
		expect(widthMm / 25.4).toBeCloseTo(8.5, 10);
		expect(heightMm / 25.4).toBeCloseTo(11, 10);
	});
});

describe('pixelSize', () => {
	it('rounds to whole pixels at the dpi asked for', () => {
		expect(pixelSize(paperSize('a4', 'landscape'), 300)).toEqual({ width: 3508, height: 2480 });
		expect(pixelSize(paperSize('a4', 'portrait'), 300)).toEqual({ width: 2480, height: 3508 });
		expect(pixelSize(paperSize('a3', 'landscape'), 300)).toEqual({ width: 4961, height: 3508 });
		expect(pixelSize(paperSize('letter', 'portrait'), 300)).toEqual({ width: 2550, height: 3300 });
		expect(pixelSize(paperSize('letter', 'landscape'), 150)).toEqual({ width: 1650, height: 1275 });
		expect(pixelSize(paperSize('a4', 'landscape'), 96)).toEqual({ width: 1123, height: 794 });
	});
});

describe('cssSize and pointSize', () => {
	it('are the sheet at 96 and 72 per inch, unrounded', () => {
		const css = cssSize(paperSize('a4', 'landscape'));
		expect(css.width).toBeCloseTo(1122.52, 2);
		expect(css.height).toBeCloseTo(793.7, 2);
		const pt = pointSize(paperSize('a4', 'landscape'));
		expect(pt.width).toBeCloseTo(841.89, 2);
		expect(pt.height).toBeCloseTo(595.28, 2);
		expect(pointSize(paperSize('letter', 'portrait'))).toEqual({ width: 612, height: 792 });
	});
});
