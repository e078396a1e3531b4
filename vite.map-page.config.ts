// The map page's client: MapPage and the script that hydrates it (src/lib/explore/map-page-client.ts), built apart
// from SvelteKit's client, which the map page does without (csr = false; see map-page-client.ts). `npm run build`
// runs this before `vite build`, whose prerendering puts the entry into each map page (src/lib/server/
// map-page-script.ts); scripts/postbuild.js copies the files into the build.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { MAP_PAGE_DIR, MAP_PAGE_ENTRY, MAP_PAGE_OUT } from './src/lib/explore/map-page-build.js';
import { basePath, standalonePaths } from './vite.config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
	plugins: [svelte()],
	define: basePath,
	resolve: { alias: { $lib: src('lib'), '$app/paths': standalonePaths } },
	build: {
		outDir: MAP_PAGE_OUT,
		emptyOutDir: true,
		manifest: true,
		// Every browser this app supports has <link rel="modulepreload">.
		modulePreload: { polyfill: false },
		rollupOptions: {
			input: { 'map-page': fileURLToPath(new URL(`./${MAP_PAGE_ENTRY}`, import.meta.url)) },
			output: {
				entryFileNames: `${MAP_PAGE_DIR}/[name].[hash].js`,
				chunkFileNames: `${MAP_PAGE_DIR}/[name].[hash].js`,
				assetFileNames: `${MAP_PAGE_DIR}/[name].[hash][extname]`
			}
		}
	}
});
