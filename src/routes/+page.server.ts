import { mapPageData, siteOrigin } from '$lib/server/page-data';
import { previewAlt } from '$lib/preview/alt';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	// A story of many places: the page carries the first places of each layer, and fetches the rest as it hydrates.
	const data = mapPageData({ firstOnly: true });
	return { ...data, origin: siteOrigin(), previewAlt: previewAlt(data.meta, undefined, data.placeCount) };
};
