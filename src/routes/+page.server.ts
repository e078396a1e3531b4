import { mapPageData, siteOrigin } from '$lib/server/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...mapPageData(), origin: siteOrigin() });
