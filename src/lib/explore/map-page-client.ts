// The map page's one script (the server puts it into the page: see map-page-script.ts). The map page runs without
// SvelteKit's client: it is one page whose state lives in its query (read and written with the History API), so the
// router, its data loading and its serialiser would be a third of the JavaScript a phone loads for nothing. This
// hydrates MapPage in the root the server drew it in (MapPageRoot.svelte), from the props written beside it.
import { hydrate } from 'svelte';
import { MAP_FIRST_CLASS } from '$lib/map/map-first.js';
import { startVectorMaps } from '$lib/map/vector-gestures';
import MapPage from './MapPage.svelte';
import { MAP_PAGE_ROOT, readProps } from './map-page-hydration';

// The vector map pans and zooms from here on, before the page hydrates (see vector-gestures.ts).
startVectorMaps();

// The page arrives with its vector map drawn (see injectVectorMap): let the browser paint it before hydrating, rather
// than after. The page's text is painted by then, too (map-first.js); if that frame came only now, the text is
// shown before any component measures it.
requestAnimationFrame(() =>
	setTimeout(() => {
		document.documentElement.classList.remove(MAP_FIRST_CLASS);
		const target = document.getElementById(MAP_PAGE_ROOT);
		if (!target) throw new Error(`The page has no #${MAP_PAGE_ROOT} to hydrate`);
		// Under `vite dev` the server's markup of the component ends with one more empty comment than the client's
		// hydration expects (Svelte 5.57, vite-plugin-svelte 7); left in, it makes hydration fail and draw the page
		// anew, without the vector map the server put in. A build has no such comment.
		const extra = target.lastChild?.previousSibling;
		if (import.meta.env.DEV && extra instanceof Comment && extra.data === '') extra.remove();
		hydrate(MapPage, { target, props: readProps(document) });
	})
);
