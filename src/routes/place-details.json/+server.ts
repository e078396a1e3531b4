import { json } from '@sveltejs/kit';
import { placeDetails } from '$lib/places/places';
import { loadStory } from '$lib/server/story';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every place's popup texts, by place id: the map fetches them when it starts, so no page carries them inline. */
export const GET: RequestHandler = () => json(placeDetails(loadStory()));
