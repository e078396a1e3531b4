import { mmToPx, sheetMm, type PrintOptions } from './paper';

/** How a sheet shares its room between the map and the key. */
export interface SheetLayout {
	/** The map's size in CSS pixels. */
	mapW: number;
	mapH: number;
	/** Landscape: the key's column beside the map, in millimetres. */
	side: number;
	/** Columns of the key's list. */
	columns: number;
}

/** The sheet's margins (10 mm each side) and what the title and the footer take (54 mm with the gaps). */
const MARGIN = 20;
const HEADER_FOOTER = 54;
const GAP = 6;
/** A column of the key at 7 pt is no narrower than this. */
const COLUMN_MM = 85;

/**
 * The layouts to try for a sheet, the largest map first: the page takes the first whose key fits (its type stays at
 * 7 pt), else the first, with the key continued on a second page. Landscape: the key beside the map, in one column,
 * then in two. Portrait: the key below the map in as many columns as the width holds, the map from 85 % of the
 * height down to half, so a short key leaves no blank half sheet.
 * Example: sheetLayouts({ paper: 'a3', orient: 'portrait' })[0] is a map 1047 × 1176 pixels, a key in 3 columns.
 */
export function sheetLayouts(options: Pick<PrintOptions, 'paper' | 'orient'>): SheetLayout[] {
	const [w, h] = sheetMm(options);
	const px = (mm: number) => Math.round(mmToPx(mm));
	if (options.orient === 'landscape')
		return [
			{ side: 92, columns: 1 },
			{ side: 128, columns: 2 }
		].map(({ side, columns }) => ({ mapW: px(w - MARGIN - side - GAP), mapH: px(h - HEADER_FOOTER), side, columns }));
	const columns = Math.max(1, Math.floor((w - MARGIN) / COLUMN_MM));
	return [0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5].map((share) => ({
		mapW: px(w - MARGIN),
		mapH: px((h - HEADER_FOOTER) * share),
		side: 0,
		columns
	}));
}
