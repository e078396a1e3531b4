export const papers = ['a4', 'a3', 'letter'] as const;
export const orients = ['landscape', 'portrait'] as const;
export type Paper = (typeof papers)[number];
export type Orient = (typeof orients)[number];

export interface PaperSize {
	widthMm: number;
	heightMm: number;
}

/** Portrait sizes in millimetres; Letter is 8.5 × 11 in. */
const portraitMm: Record<Paper, PaperSize> = {
	a4: { widthMm: 210, heightMm: 297 },
	a3: { widthMm: 297, heightMm: 420 },
	letter: { widthMm: 8.5 * 25.4, heightMm: 11 * 25.4 }
};

export const isPaper = (value: unknown): value is Paper => papers.includes(value as Paper);
export const isOrient = (value: unknown): value is Orient => orients.includes(value as Orient);

/** The sheet in millimetres, e.g. `paperSize('a4', 'landscape')` → `{ widthMm: 297, heightMm: 210 }`. */
export function paperSize(paper: Paper, orient: Orient): PaperSize {
	const { widthMm, heightMm } = portraitMm[paper];
	return orient === 'portrait' ? { widthMm, heightMm } : { widthMm: heightMm, heightMm: widthMm };
}

/** Millimetres to pixels at `dpi`, unrounded: CSS pixels are 96 per inch. */
export const mmToPx = (mm: number, dpi = 96) => (mm / 25.4) * dpi;

/** The sheet in whole pixels at `dpi`, e.g. A4 landscape at 300 dpi → 3508 × 2480. */
export function pixelSize({ widthMm, heightMm }: PaperSize, dpi: number): { width: number; height: number } {
	return { width: Math.round(mmToPx(widthMm, dpi)), height: Math.round(mmToPx(heightMm, dpi)) };
}

/** The sheet in CSS pixels, unrounded (A4 landscape → 1122.52 × 793.70), as the print page lays it out. */
export function cssSize({ widthMm, heightMm }: PaperSize): { width: number; height: number } {
	return { width: mmToPx(widthMm), height: mmToPx(heightMm) };
}

/** Points (1/72 in), as a PDF states its page size: A4 portrait → 595.28 × 841.89. */
export function pointSize({ widthMm, heightMm }: PaperSize): { width: number; height: number } {
	return { width: mmToPx(widthMm, 72), height: mmToPx(heightMm, 72) };
}
