// `npm run city-tiles -- <extract.osm.pbf> [--bbox west,south,east,north]`: builds the story's city-scale basemap,
// static vector tiles of zooms 10–15 in the OpenMapTiles schema (roads by class, rail, water, parks, buildings,
// street and landmark names), from a newsroom's own OpenStreetMap extract, into <story>/city-tiles/ (STORY_DIR,
// or geo/). The build copies them into the site; MapLibre draws them from the zoom where the embedded basemap
// runs out. Needs tilemaker (Debian: apt-get install tilemaker); the layers it writes are scripts/city-tiles/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITY_TILES_DIR, CITY_TILES_INDEX } from './city-tiles/folder.js';
import { cityTilesIndex, fillEmptyTiles } from './city-tiles/tiles';

const profile = (file: string) => fileURLToPath(new URL(`./city-tiles/${file}`, import.meta.url));

/** Parses `west,south,east,north`, or says what is wrong with it. */
export function parseBbox(text: string): [number, number, number, number] {
	const parts = text.split(',').map((p) => Number(p.trim()));
	const [w, s, e, n] = parts;
	if (parts.length !== 4 || parts.some((p) => !Number.isFinite(p)))
		throw new Error(`--bbox "${text}": give four numbers, west,south,east,north (degrees)`);
	if (!(w! < e! && s! < n! && w! >= -180 && e! <= 180 && s! >= -85 && n! <= 85))
		throw new Error(`--bbox "${text}": west < east and south < north, within ±180° and ±85°`);
	return [w!, s!, e!, n!];
}

/** Builds `<storyDir>/city-tiles/` from `extract`; returns its index, the seconds it took and its bytes. */
export function buildCityTiles(extract: string, storyDir: string, bbox?: [number, number, number, number]) {
	if (!existsSync(extract)) throw new Error(`city-tiles: no extract at ${extract}`);
	try {
		execFileSync('tilemaker', ['--help'], { stdio: 'ignore' });
	} catch {
		throw new Error('city-tiles: tilemaker is not installed (Debian: apt-get install tilemaker)');
	}
	const out = join(storyDir, CITY_TILES_DIR);
	rmSync(out, { recursive: true, force: true });
	const started = performance.now();
	execFileSync(
		'tilemaker',
		[
			'--input',
			extract,
			'--output',
			out,
			'--config',
			profile('config.json'),
			'--process',
			profile('process.lua'),
			// One thread: the same extract gives the same tiles.
			'--threads',
			'1',
			...(bbox ? ['--bbox', bbox.join(',')] : [])
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	// tilemaker's own metadata has no bounds without a bbox; the index says what the tiles cover.
	rmSync(join(out, 'metadata.json'), { force: true });
	const index = cityTilesIndex(out);
	writeFileSync(join(out, CITY_TILES_INDEX), JSON.stringify(index, null, '\t') + '\n');
	const empty = fillEmptyTiles(out, index);
	return { index, empty, seconds: (performance.now() - started) / 1000, bytes: folderBytes(out), out };
}

function folderBytes(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		const stat = statSync(path);
		return sum + (stat.isDirectory() ? folderBytes(path) : stat.size);
	}, 0);
}

function main(args: string[]) {
	const bboxAt = args.indexOf('--bbox');
	const bbox = bboxAt >= 0 ? parseBbox(args[bboxAt + 1] ?? '') : undefined;
	const extract = args.find((a, i) => !a.startsWith('--') && (bboxAt < 0 || i !== bboxAt + 1));
	if (!extract) throw new Error('usage: npm run city-tiles -- <extract.osm.pbf> [--bbox west,south,east,north]');
	const storyDir = resolve(process.env.STORY_DIR ?? 'geo');
	const { index, empty, seconds, bytes, out } = buildCityTiles(resolve(extract), storyDir, bbox);
	console.log(
		`city-tiles: ${index.tileCount} tiles (and ${empty} empty ones where the extract has nothing), zooms ${index.minzoom}–${index.maxzoom}, ${(bytes / 1e6).toFixed(2)} MB, ` +
			`in ${seconds.toFixed(1)} s, into ${out} (bounds ${index.bounds.join(', ')})`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	try {
		main(process.argv.slice(2));
	} catch (e) {
		console.error(e instanceof Error ? e.message : e);
		process.exit(1);
	}
}
