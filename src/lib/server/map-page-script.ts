// Puts the map page's script (src/lib/explore/map-page-client.ts) into every map page: the page runs without
// SvelteKit's client (csr = false), so SvelteKit writes no script for it. In a build the script is the entry of the
// map page's own client build (vite.map-page.config.ts, run before `vite build`); under `vite dev` the dev server
// compiles the source.
import { readFileSync } from 'node:fs';
import { MAP_PAGE_ENTRY as ENTRY, MAP_PAGE_MANIFEST as MANIFEST } from '../explore/map-page-build.js';
import { MAP_PAGE_ROOT } from '../explore/map-page-hydration';

let entry: string | undefined;

/** The entry's URL: the built file's, or under `vite dev` the source's. */
function entryUrl(dev: boolean): string {
	if (dev) return `${__BASE_PATH__}/${ENTRY}`;
	if (!entry) {
		let manifest: Record<string, { file: string }>;
		try {
			manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
		} catch (e) {
			throw new Error(
				`${MANIFEST}: the map page's client is not built (${(e as Error).message}); \`npm run build\` builds it first`,
				{ cause: e }
			);
		}
		const file = manifest[ENTRY]?.file;
		if (!file) throw new Error(`${MANIFEST} has no entry for ${ENTRY}`);
		entry = `${__BASE_PATH__}/${file}`;
	}
	return entry;
}

/** Adds the map page's script to the head of a page that holds a map page's root; other pages pass unchanged. */
export function injectMapPageScript(html: string, dev: boolean): string {
	if (!html.includes(`id="${MAP_PAGE_ROOT}"`) || !html.includes('</head>')) return html;
	return html.replace('</head>', `<script type="module" src="${entryUrl(dev)}"></script></head>`);
}
