import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CITY_TILES_DIR, CITY_TILES_INDEX } from '../../../scripts/city-tiles/folder.js';
import { basemapTilesUrl } from '../../../scripts/basemap-tiles.js';
import { cityTilesIndexSchema, OSM_CREDIT, type CityTiles } from '../story/city-tiles';
import { storyDir } from './story';

/**
 * The story's city tiles for the map page: its own (`<story>/city-tiles/`, built by `npm run city-tiles`), else a
 * remote TileJSON (`BASEMAP_TILES` or story.json's `basemapTiles`), else none. A malformed index stops the build,
 * with the file and the field named.
 */
export function cityTiles(dir = storyDir()): CityTiles | null {
	const file = join(dir, CITY_TILES_DIR, CITY_TILES_INDEX);
	if (existsSync(file)) {
		const shown = relative(process.cwd(), file) || file;
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(file, 'utf8'));
		} catch (e) {
			throw new Error(`${shown}: not JSON (${e instanceof Error ? e.message : e})`, { cause: e });
		}
		const parsed = cityTilesIndexSchema.safeParse(json);
		if (!parsed.success)
			throw new Error(
				`${shown}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(the index)'}: ${i.message}`).join('; ')}` +
					' (run npm run city-tiles again)'
			);
		const { minzoom, maxzoom, bounds, attribution, tiles } = parsed.data;
		return { path: `${CITY_TILES_DIR}/${tiles}`, minzoom, maxzoom, bounds, attribution };
	}
	const url = basemapTilesUrl(dir);
	return url ? { url, attribution: OSM_CREDIT } : null;
}
