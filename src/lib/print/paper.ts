import type { Ignored } from '../url/view-state';

/** Paper sizes in millimetres, portrait. */
export const papers = { a4: [210, 297], a3: [297, 420], letter: [215.9, 279.4] } as const;
export type Paper = keyof typeof papers;
export type Orientation = 'landscape' | 'portrait';

export interface PrintOptions {
	paper: Paper;
	orient: Orientation;
	dpi: number;
}

const MM_PER_INCH = 25.4;
const CSS_PX_PER_INCH = 96;

const isPaper = (value: string): value is Paper => Object.hasOwn(papers, value);
const isOrientation = (value: string): value is Orientation => value === 'landscape' || value === 'portrait';
const DEFAULTS: PrintOptions = { paper: 'a4', orient: 'landscape', dpi: 300 };

/**
 * The print options of a query, each falling back on its own to A4 landscape at 300 DPI, and the keys given a value
 * it does not know (to tell the reader, who still gets a print).
 * Example: readPrintOptions('?paper=b5&orient=portrait') is
 * { options: { paper: 'a4', orient: 'portrait', dpi: 300 }, ignored: [{ key: 'paper', reason: 'unknown' }] }.
 */
export function readPrintOptions(search: string | URLSearchParams): { options: PrintOptions; ignored: Ignored[] } {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const options = { ...DEFAULTS };
	const ignored: Ignored[] = [];
	const paper = q.get('paper');
	const orient = q.get('orient');
	const dpi = q.get('dpi');
	if (paper !== null) {
		if (isPaper(paper)) options.paper = paper;
		else ignored.push({ key: 'paper', reason: 'unknown' });
	}
	if (orient !== null) {
		if (isOrientation(orient)) options.orient = orient;
		else ignored.push({ key: 'orient', reason: 'unknown' });
	}
	if (dpi !== null) {
		const n = Number(dpi);
		if (/^\d+$/.test(dpi) && n >= 72 && n <= 600) options.dpi = n;
		else ignored.push({ key: 'dpi', reason: 'unknown' });
	}
	return { options, ignored };
}

/**
 * The print options of a query, each falling back on its own: A4 landscape at 300 DPI.
 * Example: printOptions('?paper=letter&orient=portrait') is { paper: 'letter', orient: 'portrait', dpi: 300 }.
 */
export const printOptions = (search: string | URLSearchParams): PrintOptions => readPrintOptions(search).options;

/** The sheet's width and height in millimetres. */
export function sheetMm({ paper, orient }: Pick<PrintOptions, 'paper' | 'orient'>): [number, number] {
	const [short, long] = papers[paper];
	return orient === 'landscape' ? [long, short] : [short, long];
}

/** Millimetres as CSS pixels (96 per inch). */
export const mmToPx = (mm: number) => (mm / MM_PER_INCH) * CSS_PX_PER_INCH;

/** The pixel size of a raster at `dpi`: A4 landscape at 300 DPI is 3508 × 2480. */
export function rasterSize(options: PrintOptions): [number, number] {
	const [w, h] = sheetMm(options);
	return [Math.round((w / MM_PER_INCH) * options.dpi), Math.round((h / MM_PER_INCH) * options.dpi)];
}
