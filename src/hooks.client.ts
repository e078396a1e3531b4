import { startVectorMaps } from '$lib/map/vector-gestures';

// The map page's vector map pans and zooms from here on, before the page hydrates (see vector-gestures.ts).
startVectorMaps();

// The map page arrives with its vector map drawn (see injectVectorMap): let the browser paint it before the page
// script hydrates, rather than after.
export const init = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
