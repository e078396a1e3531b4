import { error } from '@sveltejs/kit';
import { previewResponse } from '$lib/server/preview';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The story's link preview (og:image of `/` and `/embed`): its map, title, outlet and date. */
export const GET: RequestHandler = async () => (await previewResponse()) ?? error(500, 'No preview');
