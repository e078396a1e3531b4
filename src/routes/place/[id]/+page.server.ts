import { error } from '@sveltejs/kit';
import { previewAlt } from '$lib/preview/alt';
import { mapPageData, placeIds, siteOrigin } from '$lib/server/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// One of the two place routes is built, by the story's size (src/params/light.ts): `true` would fail the build for
// the one never reached.
export const prerender = 'auto';

export const entries: EntryGenerator = () => (__LIGHT_PLACE_PAGES__ ? [] : placeIds());

export const load: PageServerLoad = ({ params }) => {
	const data = mapPageData();
	const place = data.places.find((p) => p.id === params.id);
	if (!place) error(404, `No place "${params.id}" in this story`);
	return { ...data, place, origin: siteOrigin(), previewAlt: previewAlt(data.meta, place) };
};
