import type { LayerMeta } from '../story/types';
import type { Place } from './places';

/** A layer with its places, in reading order. */
export interface PlaceGroup {
	layer: LayerMeta;
	places: Place[];
}

/** Text as a search compares it: lower case, no accents, dashes as spaces ("Oekraïne" → "oekraine"). */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\p{Pd}\s]+/gu, ' ')
		.trim();
}

/** The places whose Dutch or English name contains the query, ignoring case and accents; an empty query keeps all. */
export function filterPlaces(places: Place[], query: string): Place[] {
	const q = foldForSearch(query);
	if (q === '') return places;
	return places.filter((p) => foldForSearch(p.name.nl).includes(q) || foldForSearch(p.name.en).includes(q));
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
