import { describe, expect, it } from 'vitest';
import { mmToPx, printOptions, rasterSize, readPrintOptions, sheetMm } from './paper';

describe('print options', () => {
	it('default to A4 landscape at 300 DPI and fall back field by field', () => {
		expect(printOptions('')).toEqual({ paper: 'a4', orient: 'landscape', dpi: 300 });
		expect(printOptions('?paper=letter&orient=portrait&dpi=150')).toEqual({
			paper: 'letter',
			orient: 'portrait',
			dpi: 150
		});
		expect(printOptions('paper=<b>&orient=sideways&dpi=1e9')).toEqual({ paper: 'a4', orient: 'landscape', dpi: 300 });
	});

	it('name each option the link gave a value it does not know, and still print with the default', () => {
		expect(readPrintOptions('?paper=b5&orient=sideways&dpi=1e9')).toEqual({
			options: { paper: 'a4', orient: 'landscape', dpi: 300 },
			ignored: [
				{ key: 'paper', reason: 'unknown' },
				{ key: 'orient', reason: 'unknown' },
				{ key: 'dpi', reason: 'unknown' }
			]
		});
		expect(readPrintOptions('?paper=a3&orient=portrait&dpi=72').ignored).toEqual([]);
		expect(readPrintOptions('?place=almaty-akimat').ignored).toEqual([]);
		// An empty value is a value, and a wrong one: the reader typed something.
		expect(readPrintOptions('?paper=&dpi=').ignored.map((i) => i.key)).toEqual(['paper', 'dpi']);
		expect(readPrintOptions('?paper=toString&orient=__proto__').options).toEqual({
			paper: 'a4',
			orient: 'landscape',
			dpi: 300
		});
	});

	it('give the sheet size in millimetres and pixels', () => {
		expect(sheetMm({ paper: 'a4', orient: 'landscape' })).toEqual([297, 210]);
		expect(sheetMm({ paper: 'a3', orient: 'portrait' })).toEqual([297, 420]);
		expect(mmToPx(25.4)).toBe(96);
		expect(rasterSize({ paper: 'a4', orient: 'landscape', dpi: 300 })).toEqual([3508, 2480]);
		expect(rasterSize({ paper: 'letter', orient: 'portrait', dpi: 300 })).toEqual([2550, 3300]);
	});
});
