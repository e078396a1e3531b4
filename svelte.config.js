import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { basePath } from './scripts/base-path.js';
import { basemapTilesUrl } from './scripts/basemap-tiles.js';
import { MAP_FIRST_SCRIPT } from './src/lib/map/map-first.js';

// BUILD_DIR lets a second story build beside the first (the story-independence test).
const buildDir = process.env.BUILD_DIR ?? 'build';

// The one inline script SvelteKit does not write itself: the map page's first-frame script (src/lib/map/map-first.js).
/** @type {`sha256-${string}`} */
const mapFirstHash = `sha256-${createHash('sha256').update(MAP_FIRST_SCRIPT).digest('base64')}`;

// A remote source of city tiles, where a deploy names one (scripts/basemap-tiles.js): the map may fetch from its
// origin. The default build names none: nothing but this site.
const tilesUrl = basemapTilesUrl();
/** @type {import('@sveltejs/kit/types').Csp.Source[]} */
const tilesOrigin = tilesUrl
	? [/** @type {import('@sveltejs/kit/types').Csp.Source} */ (new URL(tilesUrl).origin)]
	: [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version stamp (`window.__svelte`) comes as a module of its own: one more script request on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		// 404.html: the app's error page (src/routes/+error.svelte), drawn in the browser, which `npm start` serves
		// for an address the site does not have.
		adapter: adapter({ pages: buildDir, assets: buildDir, precompress: false, strict: true, fallback: '404.html' }),
		// Two pages at a time, one per core: a link preview is drawn off the main thread (src/lib/server/preview.ts), and
		// a story of thousands of places has one per place.
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'], concurrency: 2 },
		// The page's own stylesheets (a few KB; MapLibre's loads with MapLibre) go into the HTML: no request holds up
		// the first paint.
		inlineStyleThreshold: 20_000,
		// BASE_PATH deploys the site under a sub-path (a newsroom's /graphics/kazakhstan): every link, asset and page
		// goes through SvelteKit's `base` (tests/sub-path.spec.ts serves such a build).
		// Links are absolute (not relative to the page), so the server's HTML and the browser agree on every one.
		paths: { base: basePath(), relative: false },
		// A strict policy in every prerendered page: scripts only from this site or by hash (SvelteKit's own, and the
		// map page's first-frame script), never inline by 'unsafe-inline'; frame-ancestors cannot go in a <meta>, so
		// scripts/serve.js sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', mapFirstHash],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', ...tilesOrigin],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
