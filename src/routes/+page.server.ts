import { mapPageData, siteOrigin } from '$lib/server/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ ...mapPageData(), origin: siteOrigin() });

// The map page hydrates without SvelteKit's client: see src/lib/explore/map-page-client.ts.
export const csr = false;
