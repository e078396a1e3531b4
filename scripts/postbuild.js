// After `vite build`: copies in the map page's own client (vite.map-page.config.ts), precompresses what
// adapter-static leaves raw (the GeoJSON, and that client; fonts are already compressed) and records which story
// folder the build was made from, so `npm start` can tell a stale build.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { MAP_PAGE_DIR, MAP_PAGE_MANIFEST, MAP_PAGE_OUT } from '../src/lib/explore/map-page-build.js';

const buildDir = process.env.BUILD_DIR ?? 'build';
const compressible = (path) =>
	/\.(geojson|txt)$/.test(path) || (path.includes(`${MAP_PAGE_DIR}/`) && /\.(js|mjs|css)$/.test(path));

// What the map page's client loads: its scripts, and the styles and files of the parts it loads later (MapLibre's
// stylesheet, worker and label fonts). Not the entry's stylesheet and the fonts it names: the server puts the map
// page's CSS, with SvelteKit's copies of those fonts, into the page.
/** @type {Record<string, { file: string, isEntry?: boolean, css?: string[], assets?: string[] }>} */
const manifest = JSON.parse(readFileSync(MAP_PAGE_MANIFEST, 'utf8'));
const wanted = new Set(
	Object.values(manifest).flatMap((c) => {
		if (c.isEntry) return [c.file];
		if (!/\.(js|css)$/.test(c.file)) return []; // a file of its own (a font, the worker): wanted if a part names it
		return [c.file, ...(c.css ?? []), ...(c.assets ?? [])];
	})
);
for (const file of wanted) {
	mkdirSync(dirname(join(buildDir, file)), { recursive: true });
	copyFileSync(join(MAP_PAGE_OUT, file), join(buildDir, file));
}

function* files(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else yield path;
	}
}

for (const path of files(buildDir)) {
	if (!compressible(path)) continue;
	const data = readFileSync(path);
	writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
	writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
writeFileSync(
	join(buildDir, '.build-info.json'),
	JSON.stringify({ storyDir: resolve(process.env.STORY_DIR ?? 'geo') }) + '\n'
);
