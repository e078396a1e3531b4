import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cityTiles } from './city-tiles';

const dirs: string[] = [];
const saved = process.env.BASEMAP_TILES;
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
	if (saved === undefined) delete process.env.BASEMAP_TILES;
	else process.env.BASEMAP_TILES = saved;
});

/** A story folder with `story.json` and, when given, a city-tiles index. */
function story(json: object = {}, index?: unknown) {
	const dir = mkdtempSync(join(tmpdir(), 'story-'));
	dirs.push(dir);
	writeFileSync(join(dir, 'story.json'), JSON.stringify(json));
	if (index !== undefined) {
		mkdirSync(join(dir, 'city-tiles'));
		writeFileSync(join(dir, 'city-tiles', 'tiles.json'), typeof index === 'string' ? index : JSON.stringify(index));
	}
	return dir;
}

describe('cityTiles', () => {
	it('is none by default: the default story makes no request to another host', () => {
		delete process.env.BASEMAP_TILES;
		expect(cityTiles(story())).toBeNull();
	});

	it('serves a story’s own tiles from its folder, with their zooms, bounds and credit', () => {
		expect(cityTiles('tests/fixtures/mini-story')).toEqual({
			path: 'city-tiles/{z}/{x}/{y}.pbf',
			minzoom: 10,
			maxzoom: 15,
			bounds: [4.38354, 51.21377, 4.4165, 51.22753],
			attribution: '© OpenStreetMap contributors'
		});
	});

	it('takes a remote TileJSON from BASEMAP_TILES, or else from story.json', () => {
		delete process.env.BASEMAP_TILES;
		const dir = story({ basemapTiles: 'https://tiles.example.org/city.json' });
		expect(cityTiles(dir)).toEqual({
			url: 'https://tiles.example.org/city.json',
			attribution: '© OpenStreetMap contributors'
		});
		process.env.BASEMAP_TILES = 'http://127.0.0.1:9/tiles.json';
		expect(cityTiles(dir)).toMatchObject({ url: 'http://127.0.0.1:9/tiles.json' });
		process.env.BASEMAP_TILES = 'ftp://tiles.example.org/x.json';
		expect(() => cityTiles(dir)).toThrow('BASEMAP_TILES: "ftp://tiles.example.org/x.json" is not an http(s) address');
	});

	it('stops the build on a malformed index, naming the file and the field', () => {
		const dir = story({}, { tiles: '{z}/{x}/{y}.pbf', schema: 'openmaptiles', minzoom: 10, maxzoom: 'deep' });
		expect(() => cityTiles(dir)).toThrow(/city-tiles\/tiles\.json: maxzoom: .*bounds: .*run npm run city-tiles again/);
		expect(() => cityTiles(story({}, '{ nope'))).toThrow(/city-tiles\/tiles\.json: not JSON/);
	});
});
