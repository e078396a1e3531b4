import type { HandleClientError } from '@sveltejs/kit';
import { MAP_FIRST_CLASS } from '$lib/map/map-first.js';
import { startVectorMaps, whenStill } from '$lib/map/vector-gestures';

// The map page's vector map pans and zooms from here on, before the page hydrates (see vector-gestures.ts).
const vectorMaps = startVectorMaps();

// The map page arrives with its vector map drawn (see injectVectorMap): let the browser paint it before the page
// script hydrates, rather than after. The page's text is painted by then, too (map-first.js); if that frame came
// only now, the text is shown before any component measures it.
export const init = () =>
	new Promise<void>((resolve) =>
		requestAnimationFrame(() =>
			setTimeout(() => {
				document.documentElement.classList.remove(MAP_FIRST_CLASS);
				resolve(whenStill(vectorMaps));
			})
		)
	);

// An address the site does not have is no fault of the page: the error page says so (+error.svelte), and the
// console stays quiet. Any other error is logged, as SvelteKit does by default.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
