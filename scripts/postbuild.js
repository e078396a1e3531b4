// After `vite build`: copies the story's city tiles into the site (they are files, not pages), precompresses what
// adapter-static leaves raw (GeoJSON, tiles; fonts are already compressed) and records which story folder and base
// path the build was made for, so `npm start` can tell a stale build.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildRecord, recordFile } from './build-freshness.js';
import { CITY_TILES_DIR } from './city-tiles/folder.js';
import { siteOriginNotice } from './site-origin.js';

const buildDir = process.env.BUILD_DIR ?? 'build';
const compressible = /\.(geojson|txt|pbf)$/;

const tiles = join(resolve(process.env.STORY_DIR ?? 'geo'), CITY_TILES_DIR);
rmSync(join(buildDir, CITY_TILES_DIR), { recursive: true, force: true });
if (existsSync(tiles)) cpSync(tiles, join(buildDir, CITY_TILES_DIR), { recursive: true });

function* files(dir) {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else yield path;
	}
}

for (const path of files(buildDir)) {
	if (!compressible.test(path)) continue;
	const data = readFileSync(path);
	// An empty city tile (fillEmptyTiles) is served as it is: compressed, it would only grow.
	if (data.length === 0) continue;
	writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
	writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
// Last, so that a build stopped half-way has no record and counts as stale.
writeFileSync(recordFile(buildDir), JSON.stringify(buildRecord()) + '\n');
const notice = siteOriginNotice();
if (notice) console.log(notice);
