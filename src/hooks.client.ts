import { listenEarly } from '$lib/map/early-pointers';

// A drag on the vector map may begin before the page has hydrated: note it now, the map adopts it.
listenEarly();

// The map page arrives with its vector map drawn (see injectVectorMap): let the browser paint it before the page
// script hydrates, rather than after.
export const init = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
