import { siteOrigin as originFrom } from '../../../scripts/site-origin.js';
import { placesInReadingOrder } from '../places/places';
import type { Story } from '../story/types';
import { basemapNames } from './basemap';
import { cityTiles } from './city-tiles';
import { loadStory } from './story';
import { mapLayers, vectorFrame } from './vector-map';

function pageBasics(story: Story) {
	return {
		meta: story.meta,
		blocks: story.blocks,
		layers: story.layers.map(({ features, ...layer }) => ({ ...layer, count: features.length })),
		places: placesInReadingOrder(story),
		basemap: basemapNames(),
		cityTiles: cityTiles()
	};
}

/** What every map page (the story, a place, the embed view) needs from the story folder. */
export function mapPageData() {
	const story = loadStory();
	return { ...pageBasics(story), vectorFrame: vectorFrame(story) };
}

export type MapPageData = ReturnType<typeof mapPageData>;

/** The site's public origin for canonical links and previews: `SITE_ORIGIN` at build time (scripts/site-origin.js). */
export function siteOrigin(): string {
	return originFrom(process.env.SITE_ORIGIN);
}

/** The map page's data plus what the vector map draws: the basemap and each layer's display features. */
export function printPageData() {
	const story = loadStory();
	return {
		...pageBasics(story),
		origin: siteOrigin(),
		publicOrigin: process.env.SITE_ORIGIN ? siteOrigin() : null,
		...mapLayers(story)
	};
}
