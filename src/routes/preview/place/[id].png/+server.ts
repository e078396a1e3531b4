import { error } from '@sveltejs/kit';
import { previewResponse } from '$lib/server/preview';
import { placeIds } from '$lib/server/page-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = placeIds;

/** A place page's link preview (og:image): the place ringed in the middle of its map, with its name. */
export const GET: RequestHandler = async ({ params }) =>
	(await previewResponse(params.id)) ?? error(404, `No place "${params.id}" in this story`);
