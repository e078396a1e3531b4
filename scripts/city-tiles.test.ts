import { VectorTile } from '@mapbox/vector-tile';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PbfReader } from 'pbf';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCityTiles, parseBbox } from './city-tiles';
import { fillEmptyTiles } from './city-tiles/tiles';

const FIXTURE = 'tests/fixtures/city-osm/antwerp-centre.osm.pbf';
const COMMITTED = 'tests/fixtures/mini-story/city-tiles';
const story = mkdtempSync(join(tmpdir(), 'city-tiles-'));
afterAll(() => rmSync(story, { recursive: true, force: true }));

/** Every file under `dir`, by its path within it. */
function files(dir: string, root = dir): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, e.name);
		if (e.isDirectory()) for (const [k, v] of files(path, root)) found.set(k, v);
		else found.set(relative(root, path), readFileSync(path));
	}
	return found;
}

/** The features of every tile at `zoom`, by layer: each one's properties. */
function atZoom(dir: string, zoom: number) {
	const layers: Record<string, Record<string, unknown>[]> = {};
	for (const x of readdirSync(join(dir, String(zoom))))
		for (const y of readdirSync(join(dir, String(zoom), x))) {
			const tile = new VectorTile(new PbfReader(readFileSync(join(dir, String(zoom), x, y))));
			for (const [name, layer] of Object.entries(tile.layers))
				for (let i = 0; i < layer.length; i++) (layers[name] ??= []).push(layer.feature(i).properties);
		}
	return layers;
}

describe('npm run city-tiles', () => {
	const built = buildCityTiles(FIXTURE, story);
	const out = join(story, 'city-tiles');

	it('builds zooms 10 to 15 of the extract, with an index of their bounds and credit', () => {
		expect(built.index).toMatchObject({ minzoom: 10, maxzoom: 15, attribution: '© OpenStreetMap contributors' });
		const [w, s, e, n] = built.index.bounds;
		// The fixture's objects lie within 4.390–4.410 E, 51.215–51.227 N: the deepest tiles hold them all.
		expect(w).toBeLessThan(4.39);
		expect(e).toBeGreaterThan(4.409);
		expect(s).toBeLessThan(51.215);
		expect(n).toBeGreaterThan(51.2265);
		expect(
			readdirSync(out)
				.filter((n) => /^\d+$/.test(n))
				.sort()
		).toEqual(['10', '11', '12', '13', '14', '15']);
	});

	it('writes the OpenMapTiles layers the map draws: roads by class, rail, names, water, a park, buildings, a landmark', () => {
		const at = atZoom(out, 15);
		const classes = new Set(at.transportation!.map((p) => p.class));
		for (const c of ['primary', 'secondary', 'minor', 'path', 'rail']) expect(classes).toContain(c);
		expect(at.transportation_name).toContainEqual(
			expect.objectContaining({ name: 'Suikerrui', name_en: 'Sugar Quay', class: 'primary' })
		);
		expect(at.waterway).toContainEqual(expect.objectContaining({ name: 'Schelde', class: 'river' }));
		expect(at.water!.length).toBeGreaterThan(0);
		expect(at.park).toContainEqual(expect.objectContaining({ name: 'Stadspark' }));
		expect(at.building!.length).toBeGreaterThan(0);
		expect(at.poi).toContainEqual(expect.objectContaining({ name: 'Stadhuis', class: 'townhall' }));
		// At zoom 12, minor streets are drawn but not yet named, and no path or building is there.
		const mid = atZoom(out, 12);
		expect(mid.transportation!.map((p) => p.class)).not.toContain('path');
		expect(mid.building).toBeUndefined();
		expect(mid.transportation_name!.map((p) => p.name)).toEqual(expect.arrayContaining(['Suikerrui', 'Wisselstraat']));
		expect(mid.transportation_name!.map((p) => p.name)).not.toContain('Hoogstraat');
	});

	it('gives the same bytes for the same extract: the mini-story’s committed tiles are this fixture’s', () => {
		expect(files(out)).toEqual(files(COMMITTED));
	});

	it('says what is wrong with a --bbox, or with a missing extract or tool', () => {
		expect(parseBbox('4.38,51.2,4.42,51.23')).toEqual([4.38, 51.2, 4.42, 51.23]);
		expect(() => parseBbox('4.38,51.2,4.42')).toThrow('give four numbers, west,south,east,north');
		expect(() => parseBbox('4.42,51.2,4.38,51.23')).toThrow('west < east and south < north');
		expect(() => buildCityTiles('nope.osm.pbf', story)).toThrow('city-tiles: no extract at nope.osm.pbf');
		const path = process.env.PATH;
		process.env.PATH = '';
		try {
			expect(() => buildCityTiles(FIXTURE, story)).toThrow(
				'tilemaker is not installed (Debian: apt-get install tilemaker)'
			);
		} finally {
			process.env.PATH = path;
		}
	});
});

describe('fillEmptyTiles', () => {
	it('writes an empty tile wherever the extract left a hole inside the tiles’ area, at every zoom, and nothing else', () => {
		const dir = join(story, 'holes');
		const tile = (z: number, x: number, y: number) => {
			mkdirSync(join(dir, String(z), String(x)), { recursive: true });
			writeFileSync(join(dir, String(z), String(x), `${y}.pbf`), 'data');
		};
		// Zoom 15: two tiles on a diagonal, so the two others of their square are holes; zoom 14 has its one tile.
		tile(15, 100, 200);
		tile(15, 101, 201);
		tile(14, 50, 100);
		expect(fillEmptyTiles(dir, { minzoom: 14, maxzoom: 15 })).toBe(2);
		for (const [x, y] of [
			[100, 201],
			[101, 200]
		]) {
			const empty = readFileSync(join(dir, '15', String(x), `${y}.pbf`));
			expect(empty.length).toBe(0);
			// What MapLibre and the print sheet read: a tile with no layers, not an error.
			expect(Object.keys(new VectorTile(new PbfReader(empty)).layers)).toEqual([]);
		}
		expect(readFileSync(join(dir, '15', '100', '200.pbf'), 'utf8')).toBe('data');
		expect(readdirSync(join(dir, '14'))).toEqual(['50']);
		expect(fillEmptyTiles(dir, { minzoom: 14, maxzoom: 15 })).toBe(0);
	});
});
