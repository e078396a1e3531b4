// Where a story's city tiles live, in the story folder and in the built site alike (`npm run city-tiles` writes
// them, scripts/postbuild.js copies them, src/lib/server/city-tiles.ts reads their index).

/** The folder of the tiles (`{z}/{x}/{y}.pbf`) and their index. */
export const CITY_TILES_DIR = 'city-tiles';

/** The index beside them: zooms, bounds, credit (src/lib/story/city-tiles.ts, `cityTilesIndexSchema`). */
export const CITY_TILES_INDEX = 'tiles.json';
