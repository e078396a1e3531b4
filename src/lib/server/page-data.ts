import type { FeatureCollection, Geometry } from 'geojson';
import { flattenProperties } from '../map/flatten';
import { placesInReadingOrder } from '../places/places';
import { displayFeatures } from '../story/display';
import { basemapNames, countryOutlines, readBasemap } from './basemap';
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

/** The map page's data plus what the vector map draws: the basemap and each layer's display features. */
export function printPageData() {
	const story = loadStory();
	const outlines = countryOutlines();
	return {
		...mapPageData(),
		origin: siteOrigin(),
		publicOrigin: process.env.SITE_ORIGIN ? siteOrigin() : null,
		basemapData: Object.fromEntries(
			basemapNames().map((name) => [
				name,
				flattenProperties(JSON.parse(readBasemap(name))) as FeatureCollection<Geometry, Record<string, unknown>>
			])
		),
		display: Object.fromEntries(story.layers.map((l) => [l.id, displayFeatures(l.features, outlines)]))
	};
}
