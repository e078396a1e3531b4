import { json } from '@sveltejs/kit';
import { storyPlaces } from '$lib/server/page-data';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every place, in reading order: the story's page of a story of many places carries only its first places
 * (`mapPageData`) and fetches the rest from here as it hydrates.
 */
export const GET: RequestHandler = () => json(storyPlaces());
