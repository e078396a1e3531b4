// After `vite build`: copies the story's city tiles into the site (they are files, not pages), precompresses the site
// (scripts/precompress.js: pages, scripts, data, tiles; fonts and images are compressed already) and records which
// story folder and base path the build was made for, so `npm start` can tell a stale build.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRecord, recordFile } from './build-freshness.js';
import { CITY_TILES_DIR } from './city-tiles/folder.js';
import { precompress } from './precompress.js';
import { siteOriginNotice } from './site-origin.js';

const buildDir = process.env.BUILD_DIR ?? 'build';

const tiles = join(resolve(process.env.STORY_DIR ?? 'geo'), CITY_TILES_DIR);
rmSync(join(buildDir, CITY_TILES_DIR), { recursive: true, force: true });
if (existsSync(tiles)) cpSync(tiles, join(buildDir, CITY_TILES_DIR), { recursive: true });

await precompress(buildDir);
// Last, so that a build stopped half-way has no record and counts as stale.
writeFileSync(recordFile(buildDir), JSON.stringify(buildRecord()) + '\n');
const notice = siteOriginNotice();
if (notice) console.log(notice);
