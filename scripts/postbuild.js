// After `vite build`: precompresses what adapter-static leaves raw (GeoJSON, fonts are already compressed)
// and records which story folder and base path the build was made for, so `npm start` can tell a stale build.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildRecord, recordFile } from './build-freshness.js';
import { siteOriginNotice } from './site-origin.js';

const buildDir = process.env.BUILD_DIR ?? 'build';
const compressible = /\.(geojson|txt)$/;

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
	writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
	writeFileSync(`${path}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
// Last, so that a build stopped half-way has no record and counts as stale.
writeFileSync(recordFile(buildDir), JSON.stringify(buildRecord()) + '\n');
const notice = siteOriginNotice();
if (notice) console.log(notice);
