import type { Handle } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { injectMapPageScript } from '$lib/server/map-page-script';
import { injectVectorMap } from '$lib/server/vector-map';

// Map pages get their vector map here, into the HTML alone (see injectVectorMap), and their one script, which
// hydrates them without SvelteKit's client (see injectMapPageScript).
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: async ({ html }) => injectMapPageScript(await injectVectorMap(html), dev)
	});
