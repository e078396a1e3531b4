import { describe, expect, it } from 'vitest';
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
