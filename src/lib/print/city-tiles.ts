// The print sheet's streets: the city tiles that cover its view, fetched and decoded in the browser into longitude
// and latitude features for the SVG renderer (renderCity), which projects them with the sheet's own projection,
// so a PDF of a place at street level holds its streets as vector paths.
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Geometry } from 'geojson';
import { PbfReader } from 'pbf';
import { toWorld, WORLD_SIZE } from '../render/mercator';
import type { CityFeatures } from '../render/svg/city';
import { viewBounds } from '../render/svg/project';
import type { SvgView } from '../render/svg/types';
import { CITY_MINZOOM, type CityTiles } from '../story/city-tiles';

/** More tiles than this for one sheet: the view is too wide for streets, and none are drawn. */
const MAX_TILES = 64;

interface TileSet {
	template: string;
	minzoom: number;
	maxzoom: number;
	/** What the tiles cover (west, south, east, north): no tile outside is asked for, as MapLibre asks for none. */
	bounds: [number, number, number, number];
}

const WORLD: TileSet['bounds'] = [-180, -85.051129, 180, 85.051129];

/** The tile URL template and zooms: the story's own (below `base`), or read from the remote TileJSON. */
async function tileSet(tiles: CityTiles, base: string, fetcher: typeof fetch): Promise<TileSet> {
	if ('path' in tiles)
		return { template: `${base}/${tiles.path}`, minzoom: tiles.minzoom, maxzoom: tiles.maxzoom, bounds: tiles.bounds };
	const response = await fetcher(tiles.url);
	if (!response.ok) throw new Error(`${tiles.url}: HTTP ${response.status}`);
	const json = (await response.json()) as {
		tiles?: string[];
		minzoom?: number;
		maxzoom?: number;
		bounds?: [number, number, number, number];
	};
	if (!json.tiles?.[0]) throw new Error(`${tiles.url}: no tiles in the TileJSON`);
	return {
		template: new URL(json.tiles[0], tiles.url).href,
		minzoom: json.minzoom ?? 0,
		maxzoom: json.maxzoom ?? 14,
		bounds: json.bounds ?? WORLD
	};
}

/** The tiles, `[x, y]` at `z`, that cover the sheet's view, within `bounds` (west, south, east, north). */
export function tilesInView(
	view: SvgView,
	width: number,
	height: number,
	z: number,
	[bw, bs, be, bn]: [number, number, number, number] = WORLD
): [number, number][] {
	const [[vw, vs], [ve, vn]] = viewBounds(view, width, height);
	const [w, s, e, n] = [Math.max(vw, bw), Math.max(vs, bs), Math.min(ve, be), Math.min(vn, bn)];
	if (w > e || s > n) return [];
	const last = 2 ** z - 1;
	const tile = (v: number) => Math.min(last, Math.max(0, Math.floor(v / WORLD_SIZE)));
	const [x0, y0] = toWorld([w, n], z).map(tile) as [number, number];
	const [x1, y1] = toWorld([e, s], z).map(tile) as [number, number];
	const out: [number, number][] = [];
	for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([x, y]);
	return out;
}

/**
 * The city features the sheet shows at `view`, or null where it shows none (below the tiles' first zoom, or a view
 * too wide). The tiles of the zoom MapLibre would draw there (the view's, within the tiles' zooms), where the tiles
 * cover it. A tile the source does not have (404) is empty; any other failure throws, for the sheet to say so.
 */
export async function loadCityFeatures(
	tiles: CityTiles,
	base: string,
	view: SvgView,
	width: number,
	height: number,
	fetcher: typeof fetch = fetch
): Promise<CityFeatures | null> {
	if (view.zoom < CITY_MINZOOM) return null;
	const set = await tileSet(tiles, base, fetcher);
	const z = Math.max(set.minzoom, Math.min(set.maxzoom, Math.floor(view.zoom)));
	const wanted = tilesInView(view, width, height, z, set.bounds);
	if (wanted.length > MAX_TILES) return null;
	const perTile = await Promise.all(
		wanted.map(async ([x, y]) => {
			const url = set.template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
			const response = await fetcher(url);
			if (response.status === 404) return null;
			if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
			return { x, y, tile: new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer()))) };
		})
	);
	// In the order of the tiles, whichever came first: the same view gives the same drawing.
	const features: CityFeatures = {};
	for (const got of perTile) {
		if (!got) continue;
		for (const [name, layer] of Object.entries(got.tile.layers))
			for (let i = 0; i < layer.length; i++)
				(features[name] ??= []).push(
					layer.feature(i).toGeoJSON(got.x, got.y, z) as Feature<Geometry, Record<string, unknown>>
				);
	}
	return features;
}
