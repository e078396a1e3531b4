import { placesInReadingOrder } from '../places/places';
import { basemapNames } from './basemap';
import { loadStory } from './story';

/** What every map page (the story, a place, the embed view) needs from the story folder. */
export function mapPageData() {
	const story = loadStory();
	return {
		meta: story.meta,
		blocks: story.blocks,
		layers: story.layers.map(({ features, ...layer }) => ({ ...layer, count: features.length })),
		places: placesInReadingOrder(story),
		basemap: basemapNames()
	};
}

export type MapPageData = ReturnType<typeof mapPageData>;

/** The site's public origin for canonical links and previews: `SITE_ORIGIN` at build time. */
export function siteOrigin(): string {
	return (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');
}
