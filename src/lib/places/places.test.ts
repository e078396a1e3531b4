import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { placeDetails, placesInReadingOrder } from './places';

const story = parseStory(readStoryFiles('geo')).story!;

describe('the quotes’ translations', () => {
	it('stay out of the places every page carries', () => {
		for (const place of placesInReadingOrder(story))
			for (const passage of place.passages) expect(Object.keys(passage).sort()).toEqual(['id', 'quote']);
	});

	it('come with the popup’s texts, one for each passage, in the passages’ order', () => {
		const details = placeDetails(story);
		const akimat = story.layers.flatMap((l) => l.features).find((f) => f.properties.id === 'almaty-akimat')!;
		expect(details['almaty-akimat']!.translations).toEqual(akimat.properties.passages.map((p) => p.translation));
		expect(details['almaty-akimat']!.translations![1]).toEqual({ en: 'Storming and arson' });
	});
});

describe('where the map finds each place', () => {
	const places = placesInReadingOrder(story);
	const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

	it('is given to five decimals, without float noise: every page carries it for every place', () => {
		for (const p of places) for (const v of [...p.center, ...p.bounds]) expect(decimals(v)).toBeLessThanOrEqual(5);
	});

	it('still holds the whole area of uncertainty (the bounds rounded outwards)', () => {
		const { bbox } = turf;
		for (const layer of story.layers)
			for (const f of layer.features) {
				if (f.properties.radiusKm !== undefined) continue;
				const [w, s, e, n] = bbox(f);
				const place = places.find((p) => p.id === f.properties.id)!;
				expect(place.bounds[0]).toBeLessThanOrEqual(w);
				expect(place.bounds[1]).toBeLessThanOrEqual(s);
				expect(place.bounds[2]).toBeGreaterThanOrEqual(e);
				expect(place.bounds[3]).toBeGreaterThanOrEqual(n);
			}
		const area = places.find((p) => p.radiusKm !== undefined)!;
		const [w, s, e, n] = area.bounds;
		// A circle of radiusKm round the centre fits: its half-width in latitude is radiusKm / 111.32 km.
		expect((n - s) / 2).toBeGreaterThanOrEqual(area.radiusKm! / 111.32 - 1e-9);
		expect(w).toBeLessThan(e);
	});
});
