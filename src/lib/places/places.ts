import { bbox } from '@turf/turf';
import { roundDegrees } from '../story/display';
import type { Localized, PlaceProperties, Precision, Story } from '../story/types';

/**
 * What the page knows of a place without its geometry: enough for the list, the vector map and flying to it. The
 * popup's longer texts are in {@link PlaceDetails}, which the map fetches: they stay out of every page's HTML.
 */
export interface Place {
	id: string;
	layer: string;
	name: Localized;
	passages: { id: string; quote: string }[];
	precision: Precision;
	radiusKm?: number;
	/** First and last day, `YYYY-MM-DD`; equal for a single day. */
	date?: { from: string; to: string };
	kind?: string;
	/** Where the map centres on the place: the point itself, or a route's destination. */
	center: [number, number];
	/** [west, south, east, north] of what the map draws for it, its area of uncertainty included. */
	bounds: [number, number, number, number];
}

/** A place's popup texts: what is known of it, the editor's note, and where its facts and coordinates come from. */
export interface PlaceDetails {
	detail?: Localized;
	detailSource?: string | Localized;
	note?: Localized;
	coordSource: string | Localized;
	/** The editors' translation of each quote, in the order of the place's passages (null where there is none). */
	translations?: (Partial<Localized> | null)[];
}

/** Every place's popup texts by place id, as `/place-details.json` serves them. */
export function placeDetails(story: Story): Record<string, PlaceDetails> {
	return Object.fromEntries(
		story.layers.flatMap((layer) =>
			layer.features.map(({ properties: p }) => [
				p.id,
				{
					detail: p.detail,
					detailSource: p.detailSource,
					note: p.note,
					coordSource: p.coordSource,
					translations: p.passages.map((x) => x.translation ?? null)
				}
			])
		)
	);
}

const KM_PER_DEGREE = 111.32;

function bounds(f: Story['layers'][number]['features'][number]): Place['bounds'] {
	const [w, s, e, n] = bbox(f) as [number, number, number, number];
	const r = f.properties.radiusKm;
	if (r === undefined) return [w, s, e, n];
	const dLat = r / KM_PER_DEGREE;
	const dLon = r / (KM_PER_DEGREE * Math.max(0.05, Math.cos((((s + n) / 2) * Math.PI) / 180)));
	// Rounded outwards to five decimals (about a metre): still round the whole area, without float noise.
	const [down, up] = [(v: number) => Math.floor(v * 1e5) / 1e5, (v: number) => Math.ceil(v * 1e5) / 1e5];
	return [down(w - dLon), down(s - dLat), up(e + dLon), up(n + dLat)];
}

function center(f: Story['layers'][number]['features'][number]): [number, number] {
	const g = f.geometry;
	const pos =
		g.type === 'Point' ? g.coordinates : g.type === 'LineString' ? g.coordinates[g.coordinates.length - 1] : undefined;
	if (pos) return [pos[0]!, pos[1]!];
	const [w, s, e, n] = bbox(f);
	return [roundDegrees((w + e) / 2), roundDegrees((s + n) / 2)];
}

const dateRange = (d: PlaceProperties['date']) =>
	d === undefined ? undefined : typeof d === 'string' ? { from: d, to: d } : { from: d.from, to: d.to };

/**
 * Every place of the story in reading order: by the first passage that cites it, then by where its
 * quote starts in that passage, then by layer order.
 */
export function placesInReadingOrder(story: Story): Place[] {
	const blockIndex = new Map(story.blocks.map((b, i) => [b.id, i]));
	const blockText = new Map(story.blocks.map((b) => [b.id, b.text]));
	const position = (p: PlaceProperties) => {
		const first = [...p.passages].sort(
			(a, b) =>
				(blockIndex.get(a.id) ?? 0) - (blockIndex.get(b.id) ?? 0) ||
				(blockText.get(a.id) ?? '').indexOf(a.quote) - (blockText.get(b.id) ?? '').indexOf(b.quote)
		)[0]!;
		return [blockIndex.get(first.id) ?? 0, (blockText.get(first.id) ?? '').indexOf(first.quote)] as const;
	};
	const places = story.layers.flatMap((layer, layerIndex) =>
		layer.features.map((f) => {
			const p = f.properties;
			const place: Place = {
				id: p.id,
				layer: layer.id,
				name: p.name,
				// The quotes' translations are for the popup (PlaceDetails): no page carries them in its HTML.
				passages: p.passages.map(({ id, quote }) => ({ id, quote })),
				precision: p.precision,
				radiusKm: p.radiusKm,
				date: dateRange(p.date),
				kind: p.kind,
				center: center(f),
				bounds: bounds(f)
			};
			return { place, key: [...position(p), layerIndex] };
		})
	);
	places.sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]!);
	return places.map((p) => p.place);
}
