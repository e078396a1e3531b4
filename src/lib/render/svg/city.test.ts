import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miniInput } from '../../../../tests/fixtures/svg/mini-input';
import { loadCityFeatures, tilesInView } from '../../print/city-tiles';
import { cityTiles } from '../../server/city-tiles';
import type { CityTiles } from '../../story/city-tiles';
import { cityRoadWidth } from '../symbology';
import { renderMapSvg } from './render';

// The mini-story's city tiles (built by `npm run city-tiles` from tests/fixtures/city-osm), served from their folder.
const tiles = cityTiles('tests/fixtures/mini-story') as Extract<CityTiles, { path: string }>;
const requested: string[] = [];
const fromFolder = (status = 200) =>
	(async (url: string | URL | Request) => {
		const path = String(url).replace('http://site/', 'tests/fixtures/mini-story/');
		requested.push(path);
		try {
			return new Response(status === 200 ? readFileSync(path) : 'broken', { status });
		} catch {
			return new Response('not here', { status: 404 });
		}
	}) as typeof fetch;

const STREET = { center: [4.4003, 51.2213] as [number, number], zoom: 15 };
const W = 800;
const H = 900;

describe('the print sheet’s streets (loadCityFeatures, renderCity)', () => {
	it('loads the tiles of the view’s zoom that cover it, and draws roads by class, water, park, buildings and rail', async () => {
		requested.length = 0;
		const city = (await loadCityFeatures(tiles, 'http://site', STREET, W, H, fromFolder()))!;
		expect(requested.every((p) => p.includes('/city-tiles/15/'))).toBe(true);
		expect(requested).toHaveLength(tilesInView(STREET, W, H, 15, tiles.bounds).length);
		const svg = renderMapSvg(miniInput({ view: STREET, width: W, height: H, city, lang: 'nl' }));
		const parts = [...svg.matchAll(/<path data-city="([^"]+)"/g)].map((m) => m[1]);
		for (const p of ['park', 'water', 'waterway', 'building', 'rail', 'path', 'road primary', 'road-casing primary'])
			expect(parts).toContain(p);
		// Major roads over minor ones: a primary street's fill comes last.
		expect(parts.at(-1)).toBe('road primary');
		// Widths as MapLibre's: the primary road at zoom 15.
		const primary = /<path data-city="road primary" fill="none" stroke="[^"]+" stroke-width="([\d.]+)"/.exec(svg)!;
		expect(Number(primary[1])).toBeCloseTo(cityRoadWidth('primary', 15), 1);
		// Over the basemap's shapes, under the story.
		expect(svg.indexOf('data-basemap="city"')).toBeLessThan(svg.indexOf('data-layer="cities"'));
	});

	it('names the streets along them, reading left to right, and the landmark, in the sheet’s language', async () => {
		const city = (await loadCityFeatures(tiles, 'http://site', STREET, W, H, fromFolder()))!;
		const svg = (lang: 'nl' | 'en') => renderMapSvg(miniInput({ view: STREET, width: W, height: H, city, lang }));
		const names = (lang: 'nl' | 'en') =>
			[...svg(lang).matchAll(/<g data-basemap="city-names">(.*?)<\/g>/g)].flatMap((g) =>
				[...g[1]!.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1])
			);
		expect(names('nl')).toEqual(expect.arrayContaining(['Suikerrui', 'Hoogstraat', 'Wisselstraat', 'Stadhuis']));
		expect(names('en')).toEqual(expect.arrayContaining(['Sugar Quay', 'City Hall']));
		// Along their streets and never upside down: turned by at most a quarter turn either way.
		const angles = [...svg('nl').matchAll(/rotate\(([-\d.]+)\)/g)].map((m) => Number(m[1]));
		expect(angles.length).toBeGreaterThanOrEqual(3);
		for (const a of angles) expect(Math.abs(a)).toBeLessThanOrEqual(90);
		expect(angles.some((a) => Math.abs(a) > 45)).toBe(true);
	});

	it('draws nothing below the tiles’ first zoom, and fetches nothing there', async () => {
		requested.length = 0;
		expect(
			await loadCityFeatures(tiles, 'http://site', { center: [4.4, 51.2], zoom: 9 }, W, H, fromFolder())
		).toBeNull();
		expect(requested).toEqual([]);
		expect(renderMapSvg(miniInput({ view: { center: [4.4, 51.2], zoom: 9 } }))).not.toContain('data-basemap="city"');
	});

	it('asks for no tile outside the tiles’ bounds, takes a missing one as empty, and a broken source as a failure', async () => {
		requested.length = 0;
		const away = { center: [4.5, 51.3] as [number, number], zoom: 15 };
		expect(await loadCityFeatures(tiles, 'http://site', away, W, H, fromFolder())).toEqual({});
		expect(requested).toEqual([]);
		// Inside the bounds, a tile the source does not have (404) is empty, no failure.
		expect(await loadCityFeatures(tiles, 'http://site', STREET, W, H, fromFolder(404))).toEqual({});
		await expect(loadCityFeatures(tiles, 'http://site', STREET, W, H, fromFolder(500))).rejects.toThrow('HTTP 500');
	});
});
