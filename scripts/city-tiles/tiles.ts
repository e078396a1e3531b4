// What a folder of city tiles holds (`{z}/{x}/{y}.pbf`), as the index `tiles.json` beside them says it: the zooms,
// the area the deepest tiles cover, and the credit the data asks for. The build and the map page read the index.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromWorld, WORLD_SIZE } from '../../src/lib/render/mercator';
import { OSM_CREDIT, type CityTilesIndex } from '../../src/lib/story/city-tiles';

export type { CityTilesIndex };

/** The index of the tiles under `dir`. */
export function cityTilesIndex(dir: string): CityTilesIndex {
	const tiles: [number, number, number][] = [];
	for (const z of readdirSync(dir).filter((n) => /^\d+$/.test(n)))
		for (const x of readdirSync(join(dir, z)).filter((n) => /^\d+$/.test(n)))
			for (const y of readdirSync(join(dir, z, x)))
				if (/^\d+\.pbf$/.test(y)) tiles.push([Number(z), Number(x), Number.parseInt(y, 10)]);
	if (tiles.length === 0) throw new Error(`city-tiles: no tiles in ${dir}: is the extract inside the --bbox?`);
	const zooms = tiles.map(([z]) => z);
	const maxzoom = Math.max(...zooms);
	const deepest = tiles.filter(([z]) => z === maxzoom);
	const xs = deepest.map(([, x]) => x);
	const ys = deepest.map(([, , y]) => y);
	const round = (v: number) => Math.round(v * 1e5) / 1e5;
	const [west, north] = fromWorld([Math.min(...xs) * WORLD_SIZE, Math.min(...ys) * WORLD_SIZE], maxzoom);
	const [east, south] = fromWorld([(Math.max(...xs) + 1) * WORLD_SIZE, (Math.max(...ys) + 1) * WORLD_SIZE], maxzoom);
	return {
		tiles: '{z}/{x}/{y}.pbf',
		schema: 'openmaptiles',
		minzoom: Math.min(...zooms),
		maxzoom,
		bounds: [round(west), round(south), round(east), round(north)],
		attribution: OSM_CREDIT,
		tileCount: tiles.length
	};
}

/**
 * Writes an empty tile (no bytes: a vector tile without layers) wherever `dir` has none inside the area its deepest
 * tiles span, at each of its zooms: MapLibre asks for every tile inside a source's bounds, and where the extract has
 * nothing (open water, fields) the answer was a 404, a line in the reader's console. Returns how many it wrote.
 */
export function fillEmptyTiles(dir: string, { minzoom, maxzoom }: Pick<CityTilesIndex, 'minzoom' | 'maxzoom'>) {
	const deepest = join(dir, String(maxzoom));
	const xs = readdirSync(deepest)
		.filter((n) => /^\d+$/.test(n))
		.map(Number);
	const ys = xs.flatMap((x) => readdirSync(join(deepest, String(x))).map((y) => Number.parseInt(y, 10)));
	let written = 0;
	for (let z = minzoom; z <= maxzoom; z++) {
		const shift = maxzoom - z;
		for (let x = Math.min(...xs) >> shift; x <= Math.max(...xs) >> shift; x++)
			for (let y = Math.min(...ys) >> shift; y <= Math.max(...ys) >> shift; y++) {
				const path = join(dir, String(z), String(x), `${y}.pbf`);
				if (existsSync(path)) continue;
				mkdirSync(join(dir, String(z), String(x)), { recursive: true });
				writeFileSync(path, new Uint8Array(0));
				written++;
			}
	}
	return written;
}
