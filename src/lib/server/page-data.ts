import { siteOrigin as originFrom } from '../../../scripts/site-origin.js';
import { placeDetails, placesInReadingOrder } from '../places/places';
import { hasLightPlacePages } from '../../../scripts/story-folder.js';
import type { LightPlacePageData } from '../place-page/types';
import type { Story } from '../story/types';
import { basemapNames } from './basemap';
import { cityTiles } from './city-tiles';
import { loadStory } from './story';
import { mapLayers, vectorFrame } from './vector-map';
import { LIST_STEP } from '../places/filter';
import { storyDays } from '../timeline/chronology';
import { storyContext } from '../url/story-context';

/** Worked out once per story, not once per page: a build of thousands of place pages asks thousands of times. */
function perStory<T>(make: (story: Story) => T): (story: Story) => T {
	const made = new WeakMap<Story, T>();
	return (story) => {
		if (!made.has(story)) made.set(story, make(story));
		return made.get(story)!;
	};
}
const readingOrder = perStory(placesInReadingOrder);
const details = perStory(placeDetails);

const storyBasics = perStory((story: Story) => {
	const places = readingOrder(story);
	const layers = story.layers.map(({ features, ...layer }) => ({ ...layer, count: features.length }));
	return {
		meta: story.meta,
		blocks: story.blocks,
		layers,
		places,
		/** What a link may name, and where its camera may look, from every place. */
		context: storyContext({ places, blocks: story.blocks, layers, meta: story.meta }),
		/** The timeline's days, from every place. */
		days: storyDays(places)
	};
});

/** The story's part of every page's data, and the basemap and city tiles as the folder and settings have them now. */
function basics(story: Story) {
	return { ...storyBasics(story), basemap: basemapNames(), cityTiles: cityTiles() };
}

/**
 * The first places of each layer, as many as the places list shows before the reader asks for more (LIST_STEP), in
 * reading order: what the story's page carries in a story of more than FULL_PLACE_PAGES_UP_TO places. The rest come
 * with `/places.json` once the page has hydrated.
 */
const firstPlaces = perStory((story: Story) => {
	const taken = new Map<string, number>();
	return readingOrder(story).filter((p) => {
		const n = taken.get(p.layer) ?? 0;
		taken.set(p.layer, n + 1);
		return n < LIST_STEP;
	});
});

/**
 * What every map page (the story, a place, the embed view) needs from the story folder. `firstOnly`: in a story of
 * more than FULL_PLACE_PAGES_UP_TO places, only the places the page shows before the reader asks for more
 * (`firstPlaces`), with `placesComplete` false: the page fetches the rest (`/places.json`) as it hydrates. Its
 * context and days are worked out from every place, so links, the list's counts and the timeline are the same.
 */
export function mapPageData({ firstOnly = false } = {}) {
	const story = loadStory();
	const all = basics(story);
	const partial = firstOnly && hasLightPlacePages(all.places.length);
	return {
		...all,
		places: partial ? firstPlaces(story) : all.places,
		placesComplete: !partial,
		placeCount: all.places.length,
		vectorFrame: vectorFrame(story)
	};
}

export type MapPageData = ReturnType<typeof mapPageData>;

/**
 * The light place page of `id` where the story has more than FULL_PLACE_PAGES_UP_TO places; undefined where the
 * story has no such place or its place pages are whole map pages.
 */
export function lightPlacePageData(id: string): LightPlacePageData | undefined {
	const story = loadStory();
	const places = readingOrder(story);
	if (!hasLightPlacePages(places.length)) return undefined;
	const place = places.find((p) => p.id === id);
	if (!place) return undefined;
	const layer = story.layers.find((l) => l.id === place.layer);
	return {
		place,
		details: details(story)[id]!,
		layerName: layer?.name ?? { nl: place.layer, en: place.layer },
		meta: { title: story.meta.title, source: story.meta.source },
		placeCount: places.length
	};
}

/** Every place of the story, in reading order, as `/places.json` serves them. */
export function storyPlaces() {
	return readingOrder(loadStory());
}

/** Every place's id, in reading order: the prerender entries of the place pages and their link previews. */
export function placeIds(): { id: string }[] {
	return storyPlaces().map((p) => ({ id: p.id }));
}

/** The site's public origin for canonical links and previews: `SITE_ORIGIN` at build time (scripts/site-origin.js). */
export function siteOrigin(): string {
	return originFrom(process.env.SITE_ORIGIN);
}

/** The story's data plus what the vector map draws: the basemap and each layer's display features. */
export function printPageData() {
	const story = loadStory();
	return {
		...basics(story),
		origin: siteOrigin(),
		publicOrigin: process.env.SITE_ORIGIN ? siteOrigin() : null,
		...mapLayers(story)
	};
}
