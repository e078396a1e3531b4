import { error } from '@sveltejs/kit';
import { basemapNames, readBasemap } from '$lib/server/basemap';
import { flattenProperties } from '$lib/map/flatten';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => basemapNames().map((name) => ({ name }));

/** A basemap layer, compact and with flat properties for MapLibre expressions. */
export const GET: RequestHandler = ({ params }) => {
	if (!basemapNames().includes(params.name)) error(404, `No basemap layer "${params.name}"`);
	return new Response(JSON.stringify(flattenProperties(JSON.parse(readBasemap(params.name)))), {
		headers: { 'content-type': 'application/geo+json' }
	});
};
