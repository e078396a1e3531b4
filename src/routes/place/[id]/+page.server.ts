import { error } from '@sveltejs/kit';
import { previewAlt } from '$lib/preview/alt';
import { lightPlacePageData, mapPageData, siteOrigin } from '$lib/server/page-data';
import { loadStory } from '$lib/server/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadStory().layers.flatMap((l) => l.features.map((f) => ({ id: f.properties.id })));

const missing = (id: string): never => error(404, `No place "${id}" in this story`);

export const load: PageServerLoad = ({ params }) => {
	const origin = siteOrigin();
	// A story of many places: the page holds its place alone (see FULL_PLACE_PAGES_UP_TO).
	const light = lightPlacePageData(params.id);
	if (light === undefined) return missing(params.id);
	if (light) return { light: true as const, ...light, origin, previewAlt: previewAlt(light.meta, light.place) };
	const data = mapPageData();
	const place = data.places.find((p) => p.id === params.id);
	if (!place) return missing(params.id);
	return { light: false as const, ...data, place, origin, previewAlt: previewAlt(data.meta, place) };
};
