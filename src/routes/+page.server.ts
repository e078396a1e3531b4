import { basemapNames } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story';
import { placesInReadingOrder } from '$lib/places/places';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const story = loadStory();
	return {
		meta: story.meta,
		blocks: story.blocks,
		layers: story.layers.map(({ features, ...layer }) => ({ ...layer, count: features.length })),
		places: placesInReadingOrder(story),
		basemap: basemapNames()
	};
};
