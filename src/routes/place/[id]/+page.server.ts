import { error } from '@sveltejs/kit';
import { previewAlt } from '$lib/preview/alt';
import { mapPageData, siteOrigin } from '$lib/server/page-data';
import { loadStory } from '$lib/server/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadStory().layers.flatMap((l) => l.features.map((f) => ({ id: f.properties.id })));

export const load: PageServerLoad = ({ params }) => {
	const data = mapPageData();
	const place = data.places.find((p) => p.id === params.id);
	if (!place) error(404, `No place "${params.id}" in this story`);
	return { ...data, place, origin: siteOrigin(), previewAlt: previewAlt(data.meta, place) };
};
