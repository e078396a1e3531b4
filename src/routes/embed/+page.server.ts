import { mapPageData, siteOrigin } from '$lib/server/page-data';
import { previewAlt } from '$lib/preview/alt';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = mapPageData();
	return { ...data, origin: siteOrigin(), previewAlt: previewAlt(data.meta, undefined, data.placeCount) };
};
