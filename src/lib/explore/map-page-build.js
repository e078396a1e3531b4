// Where the map page's own client build (vite.map-page.config.ts) starts and puts its files, for everything that
// reads them: the server that writes the entry's script into the page (map-page-script.ts), scripts/postbuild.js
// that copies them into the build, and the tests. Plain JavaScript, because postbuild.js imports it.

/** The entry, as a path from the project root: also its key in the build's manifest. */
export const MAP_PAGE_ENTRY = 'src/lib/explore/map-page-client.ts';
/** The build's output folder, from the project root. */
export const MAP_PAGE_OUT = '.svelte-kit/map-page-client';
/** The build's manifest, from the project root. */
export const MAP_PAGE_MANIFEST = `${MAP_PAGE_OUT}/.vite/manifest.json`;
/** The folder of the build's files, inside the output folder and inside the site. */
export const MAP_PAGE_DIR = '_app/immutable/map-page';
