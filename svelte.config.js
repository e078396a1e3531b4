import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BUILD_DIR lets a second story build beside the first (the story-independence test).
const buildDir = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version stamp (`window.__svelte`) comes as a module of its own: one more script request on every page.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, precompress: true, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		// The page's own stylesheets (a few KB; MapLibre's loads with MapLibre) go into the HTML: no request holds up
		// the first paint.
		inlineStyleThreshold: 20_000,
		// A strict policy in every prerendered page: scripts only from this site or by hash, never inline by
		// 'unsafe-inline'; frame-ancestors cannot go in a <meta>, so scripts/serve.js sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
