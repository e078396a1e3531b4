import { error } from '@sveltejs/kit';
import { basemapLayer, basemapNames } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story';
import { mapLayers } from '$lib/server/vector-map';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => basemapNames().map((name) => ({ name }));

/** A basemap layer, compact and with flat properties for MapLibre expressions; the labels in the vector map's order. */
export const GET: RequestHandler = ({ params }) => {
	if (!basemapNames().includes(params.name)) error(404, `No basemap layer "${params.name}"`);
	return new Response(
		JSON.stringify(params.name === 'labels' ? mapLayers(loadStory()).basemapData.labels : basemapLayer(params.name)),
		{
			headers: { 'content-type': 'application/geo+json' }
		}
	);
};
