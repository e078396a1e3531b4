// A story's city-scale basemap: vector tiles in the OpenMapTiles schema, either built into the story folder by
// `npm run city-tiles` (their index `city-tiles/tiles.json`) or from a remote TileJSON (`BASEMAP_TILES`, or
// `basemapTiles` in story.json). The page draws them from their first zoom, under the story's layers.
import { z } from 'zod';

/** The index of a story's own tiles, `<story>/city-tiles/tiles.json`. */
export const cityTilesIndexSchema = z.strictObject({
	/** The tiles' path within the folder, `{z}/{x}/{y}.pbf`. */
	tiles: z.literal('{z}/{x}/{y}.pbf'),
	schema: z.literal('openmaptiles'),
	minzoom: z.number().int().min(0).max(22),
	maxzoom: z.number().int().min(0).max(22),
	/** What the deepest tiles cover: west, south, east, north. */
	bounds: z.tuple([z.number().min(-180), z.number().min(-90), z.number().max(180), z.number().max(90)]),
	attribution: z.string().min(1),
	tileCount: z.number().int().min(1)
});
export type CityTilesIndex = z.infer<typeof cityTilesIndexSchema>;

/** What the map page needs to draw a story's city tiles. */
export type CityTiles =
	| {
			/** The story's own tiles, within the site: their URL template below the site's base. */
			path: string;
			minzoom: number;
			maxzoom: number;
			bounds: [number, number, number, number];
			attribution: string;
	  }
	| {
			/** A remote TileJSON. */
			url: string;
			attribution: string;
	  };

/** The zoom from which the city tiles are drawn: the embedded basemap has nothing finer from there on. */
export const CITY_MINZOOM = 10;

/** How close the print sheet of a place zooms where city tiles cover it: its streets named around it. */
export const CITY_PRINT_ZOOM = 14;

/** The credit OpenStreetMap data asks for wherever it is shown. */
export const OSM_CREDIT = '© OpenStreetMap contributors';
