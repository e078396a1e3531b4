import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import svelteConfig from './svelte.config.js';

/** The `$app/paths` of code that runs without SvelteKit's client (see vite.map-page.config.ts). */
export const standalonePaths = fileURLToPath(new URL('./src/lib/explore/app-paths.ts', import.meta.url));

/**
 * Under `vite dev`, the components of src/lib take that `$app/paths` in the browser, as the map page's build does:
 * SvelteKit's would load SvelteKit's client into the map page, which runs without it, and whose development build
 * warns at every History API call. The server, and in a build every page but the map page, use SvelteKit's own.
 */
const devStandalonePaths: Plugin = {
	name: 'dev-standalone-app-paths',
	apply: 'serve',
	enforce: 'pre',
	resolveId: (id, importer, options) =>
		id === '$app/paths' && !options?.ssr && importer?.includes('/src/lib/') ? standalonePaths : undefined
};

/** The base path, for code that runs without SvelteKit's client (the map page's: see vite.map-page.config.ts). */
export const basePath = { __BASE_PATH__: JSON.stringify(svelteConfig.kit?.paths?.base ?? '') };

export default defineConfig({
	plugins: [devStandalonePaths, sveltekit()],
	define: basePath,
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node'
	}
});
