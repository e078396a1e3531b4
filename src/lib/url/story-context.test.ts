import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { placesInReadingOrder } from '../places/places';
import { parseView } from './codec';
import { storyContext } from './story-context';

const { story } = parseStory(readStoryFiles('geo'));
if (!story) throw new Error('geo/ should hold a valid story');
const places = placesInReadingOrder(story);
const context = storyContext({ places, blocks: story.blocks, layers: story.layers, meta: story.meta });

describe('storyContext', () => {
	it('names every place, passage and layer of the story', () => {
		expect(context.places).toEqual(places.map((p) => p.id));
		expect(context.passages).toEqual(story.blocks.map((b) => b.id));
		expect(context.layers).toEqual(story.layers.map((l) => l.id));
	});

	it('keeps the region and the places beyond it, not those inside it', () => {
		const [[w, s], [e, n]] = story.meta.bounds;
		expect(context.extents![0]).toEqual([w, s, e, n]);
		const stateDepartment = places.find((p) => p.id === 'us-state-department')!;
		expect(context.extents).toContainEqual(stateDepartment.bounds);
		const almaty = places.find((p) => p.id === 'almaty-akimat')!;
		expect(context.extents).not.toContainEqual(almaty.bounds);
		expect(context.extents!.length).toBeLessThan(places.length / 2);
	});

	it('reads a link to a camera close on a place outside the region, and ignores one that sees nothing', () => {
		const stateDepartment = places.find((p) => p.id === 'us-state-department')!;
		const [lon, lat] = stateDepartment.center;
		expect(parseView(`?map=10/${lat}/${lon}`, context).state.map).toMatchObject({ zoom: 10 });
		expect(parseView(`?map=10/-40/-120`, context).state.map).toBeUndefined();
	});
});
