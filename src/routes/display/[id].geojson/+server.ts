import { error } from '@sveltejs/kit';
import { countryOutlines } from '$lib/server/basemap';
import { loadStory } from '$lib/server/story';
import { displayFeatures } from '$lib/story/display';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadStory().layers.map((l) => ({ id: l.id }));

/** A layer as the map draws it: points, areas of uncertainty and great-circle routes. */
export const GET: RequestHandler = ({ params }) => {
	const layer = loadStory().layers.find((l) => l.id === params.id);
	if (!layer) error(404, `No layer "${params.id}"`);
	return new Response(JSON.stringify(displayFeatures(layer.features, countryOutlines())), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
