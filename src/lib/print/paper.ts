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

/**
 * The print options of a query, each falling back on its own: A4 landscape at 300 DPI.
 * Example: printOptions('?paper=letter&orient=portrait') is { paper: 'letter', orient: 'portrait', dpi: 300 }.
 */
export function printOptions(search: string | URLSearchParams): PrintOptions {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	const paper = q.get('paper');
	const orient = q.get('orient');
	const dpi = Number(q.get('dpi'));
	return {
		paper: paper === 'a3' || paper === 'letter' || paper === 'a4' ? paper : 'a4',
		orient: orient === 'portrait' ? 'portrait' : 'landscape',
		dpi: Number.isInteger(dpi) && dpi >= 72 && dpi <= 600 ? dpi : 300
	};
}

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
