import { error } from '@sveltejs/kit';
import { previewAlt } from '$lib/preview/alt';
import { lightPlacePageData, placeIds, siteOrigin } from '$lib/server/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// One of the two place routes is built, by the story's size (src/params/light.ts): `true` would fail the build for
// the one never reached.
export const prerender = 'auto';

export const entries: EntryGenerator = () => (__LIGHT_PLACE_PAGES__ ? placeIds() : []);

/** A place's page in a story of many places: the place alone (see FULL_PLACE_PAGES_UP_TO). */
export const load: PageServerLoad = ({ params }) => {
	const light = lightPlacePageData(params.id);
	if (!light) error(404, `No place "${params.id}" in this story`);
	return { ...light, origin: siteOrigin(), previewAlt: previewAlt(light.meta, light.place) };
};
