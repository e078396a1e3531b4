import { error } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { placesInReadingOrder } from '$lib/places/places';
import { siteOrigin } from '$lib/server/page-data';
import { loadStory } from '$lib/server/story';
import { oembedJson } from '$lib/share/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => placesInReadingOrder(loadStory()).map((p) => ({ id: p.id }));

/** The oEmbed answer for a place page. */
export const GET: RequestHandler = ({ params }) => {
	const story = loadStory();
	const place = placesInReadingOrder(story).find((p) => p.id === params.id);
	if (!place) error(404, `No place "${params.id}" in this story`);
	const origin = siteOrigin();
	const body = oembedJson({
		pageUrl: `${origin}${resolve('/place/[id]', { id: place.id })}`,
		title: `${place.name.nl} · ${story.meta.title.nl}`,
		siteUrl: `${origin}${resolve('/')}`,
		source: story.meta.source,
		thumbnailUrl: `${origin}${resolve('/preview/place/[id].png', { id: place.id })}`
	});
	return Response.json(body);
};
