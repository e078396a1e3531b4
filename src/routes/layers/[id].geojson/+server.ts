import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/story';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => loadStory().layers.map((l) => ({ id: l.id }));

/** A layer as its editors wrote it, for download. */
export const GET: RequestHandler = ({ params }) => {
	const layer = loadStory().layers.find((l) => l.id === params.id);
	if (!layer) error(404, `No layer "${params.id}"`);
	const body = { type: 'FeatureCollection', name: layer.id, features: layer.features };
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/geo+json' } });
};
