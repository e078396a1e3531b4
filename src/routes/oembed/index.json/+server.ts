import { resolve } from '$app/paths';
import { siteOrigin } from '$lib/server/page-data';
import { loadStory } from '$lib/server/story';
import { oembedJson } from '$lib/share/oembed';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The oEmbed answer for the story's map (`/`, and `/embed`). */
export const GET: RequestHandler = () => {
	const { meta } = loadStory();
	const site = `${siteOrigin()}${resolve('/')}`;
	const body = oembedJson({
		pageUrl: site,
		title: meta.title.nl,
		siteUrl: site,
		source: meta.source,
		thumbnailUrl: `${siteOrigin()}${resolve('/preview/story.png')}`
	});
	return Response.json(body);
};
