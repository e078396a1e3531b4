import type { Handle } from '@sveltejs/kit';
import { injectVectorMap } from '$lib/server/vector-map';

// Map pages get their vector map here, into the HTML alone: see injectVectorMap.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => injectVectorMap(html) });
