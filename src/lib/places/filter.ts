import type { LayerMeta } from '../story/types';
import type { Place } from './places';

/** A layer with its places, in reading order. */
export interface PlaceGroup {
	layer: LayerMeta;
	places: Place[];
}

/** A group as the list shows it: the places it renders, and how many more there are. */
export interface ShownGroup extends PlaceGroup {
	/** Places of the group not rendered (a button shows more). */
	more: number;
}

/** How many places of a layer the list renders at first, and how many more each "show more" adds. */
export const LIST_STEP = 50;

/** Text as a search compares it: lower case, no accents, dashes as spaces ("Oekraïne" → "oekraine"). */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\p{Pd}\s]+/gu, ' ')
		.trim();
}

/** Each place's names as a search compares them, folded once: a story of 10,000 places is filtered per keystroke. */
const folded = new WeakMap<Place, string>();
function searchText(place: Place): string {
	let text = folded.get(place);
	if (text === undefined)
		folded.set(place, (text = `${foldForSearch(place.name.nl)}\n${foldForSearch(place.name.en)}`));
	return text;
}

/** The places whose Dutch or English name contains the query, ignoring case and accents; an empty query keeps all. */
export function filterPlaces(places: Place[], query: string): Place[] {
	const q = foldForSearch(query);
	if (q === '') return places;
	return places.filter((p) => searchText(p).includes(q));
}

/**
 * Places grouped by layer, the groups in the order their first place is read, reading order kept
 * inside each group. Places of a layer not in `layers` are left out.
 */
export function groupByLayer(places: Place[], layers: LayerMeta[]): PlaceGroup[] {
	const meta = new Map(layers.map((l) => [l.id, l]));
	const groups = new Map<string, PlaceGroup>();
	for (const place of places) {
		const layer = meta.get(place.layer);
		if (!layer) continue;
		let group = groups.get(layer.id);
		if (!group) groups.set(layer.id, (group = { layer, places: [] }));
		group.places.push(place);
	}
	return [...groups.values()];
}

/**
 * The first `limit` of `items`, and the one whose id is `keep` wherever it is, with how many are left out: a long list
 * (a story of thousands of places) costs the page only what a reader can look through. The places list and the
 * chronology both limit their lists so, LIST_STEP at a time.
 * @example firstOf([a, b, c, d], 2, 'd') // → { items: [a, b, d], more: 1 }
 */
export function firstOf<T extends { id: string }>(
	items: readonly T[],
	limit: number,
	keep: string | null = null
): { items: T[]; more: number } {
	if (items.length <= limit) return { items: [...items], more: 0 };
	const shown = items.filter((item, i) => i < limit || item.id === keep);
	return { items: shown, more: items.length - shown.length };
}

/**
 * What the list renders of each group: its first `shown[layer id] ?? LIST_STEP` places, and the selected place
 * wherever it is (`firstOf`). `totals`: how many places each layer has where `groups` holds only the first of them
 * (a story's page before all its places have come, `mapPageData`), so that the count of those left out is right.
 */
export function limitGroups(
	groups: PlaceGroup[],
	shown: Readonly<Record<string, number>>,
	selected: string | null,
	totals: Readonly<Record<string, number>> = {}
): ShownGroup[] {
	return groups.map((group) => {
		const { items: places, more } = firstOf(group.places, shown[group.layer.id] ?? LIST_STEP, selected);
		const total = totals[group.layer.id] ?? group.places.length;
		return { ...group, places, more: Math.max(more, total - places.length) };
	});
}
