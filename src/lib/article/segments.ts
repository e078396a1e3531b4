import type { Place } from '../places/places';

/** A run of a block's text and the places whose quote covers all of it (none for plain text). */
export interface Segment {
	text: string;
	places: string[];
}

/** One place citing one quote in a block. */
export interface PlaceQuote {
	place: string;
	quote: string;
}

/** Cuts text at each quote's first start and end: ('a b c', [{ place: 'x', quote: 'b c' }]) → ['a ' [], 'b c' ['x']]. */
export function segmentBlock(text: string, quotes: PlaceQuote[]): Segment[] {
	const spans = quotes
		.map(({ place, quote }) => ({ place, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length }))
		.filter((s) => s.start >= 0 && s.end > s.start);
	const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
	return cuts.slice(1).map((end, i) => {
		const start = cuts[i]!;
		const covering = spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.place);
		return { text: text.slice(start, end), places: [...new Set(covering)] };
	});
}

/** The quotes of every place grouped by block id, places in the order given: `p7` → [{ place: 'almaty-city', quote: '…' }]. */
export function quotesByBlock(places: Place[]): Map<string, PlaceQuote[]> {
	const byBlock = new Map<string, PlaceQuote[]>();
	for (const place of places)
		for (const { id, quote } of place.passages) {
			const list = byBlock.get(id) ?? [];
			list.push({ place: place.id, quote });
			byBlock.set(id, list);
		}
	return byBlock;
}
