import type { FeatureCollection, Geometry } from 'geojson';
import { flattenProperties } from '../map/flatten';
import { placesInReadingOrder } from '../places/places';
import { displayFeatures } from '../story/display';
import { fitView } from '../print/fit';
import { renderMapSvg } from '../render/svg';
import type { Story } from '../story/types';
import { basemapNames, countryOutlines, readBasemap } from './basemap';
import { loadStory } from './story';

/** Size in CSS pixels of the vector map drawn into the page before MapLibre starts (it is scaled to fill its box). */
const FALLBACK_SIZE = { width: 800, height: 640 };

function mapLayers(story: Story) {
	const outlines = countryOutlines();
	return {
		basemapData: Object.fromEntries(
			basemapNames().map((name) => [
				name,
				flattenProperties(JSON.parse(readBasemap(name))) as FeatureCollection<Geometry, Record<string, unknown>>
			])
		),
		display: Object.fromEntries(story.layers.map((l) => [l.id, displayFeatures(l.features, outlines)]))
	};
}

/** The vector map of the story's default view: first paint, and the map itself without WebGL or JavaScript. */
function fallbackSvg(story: Story, { basemapData, display }: ReturnType<typeof mapLayers>): string {
	const { width, height } = FALLBACK_SIZE;
	const { fit, center, zoom } = story.meta.defaultView;
	const view = fit ? fitView(fit, width, height) : { center, zoom };
	const svg = renderMapSvg({
		basemap: basemapData,
		layers: story.meta.layers,
		display,
		focus: story.meta.focusCountries,
		lang: 'nl',
		view,
		width,
		height
	});
	return svg.replace('<svg ', '<svg preserveAspectRatio="xMidYMid slice" ');
}

function pageBasics(story: Story) {
	return {
		meta: story.meta,
		blocks: story.blocks,
		layers: story.layers.map(({ features, ...layer }) => ({ ...layer, count: features.length })),
		places: placesInReadingOrder(story),
		basemap: basemapNames()
	};
}

/** What every map page (the story, a place, the embed view) needs from the story folder. */
export function mapPageData() {
	const story = loadStory();
	return { ...pageBasics(story), fallbackSvg: fallbackSvg(story, mapLayers(story)) };
}

export type MapPageData = ReturnType<typeof mapPageData>;

/** The site's public origin for canonical links and previews: `SITE_ORIGIN` at build time. */
export function siteOrigin(): string {
	return (process.env.SITE_ORIGIN ?? 'http://localhost:4173').replace(/\/+$/, '');
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
