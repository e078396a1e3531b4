// The story folder and its layer files, in plain JavaScript: vite.config.ts counts the story's places with it before
// the app's TypeScript is built (src/params/light.ts); src/lib/server/story.ts reads the story through it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The story folder: `STORY_DIR`, or `geo/` at the project root. */
export function storyDir() {
	return resolve(process.env.STORY_DIR ?? 'geo');
}

/** The names of a story folder's layer files, in the order they are read. */
export const layerFiles = (/** @type {string} */ dir) =>
	readdirSync(join(dir, 'layers'))
		.filter((name) => name.endsWith('.geojson'))
		.sort();

/**
 * How many places a story folder has: its layer files' features. A folder or file that does not read counts none
 * here; the build's validation (`npm run validate`) names it.
 * @param {string} dir
 */
export function storyPlaceCount(dir = storyDir()) {
	try {
		return layerFiles(dir).reduce(
			(n, name) => n + (JSON.parse(readFileSync(join(dir, 'layers', name), 'utf8')).features?.length ?? 0),
			0
		);
	} catch {
		return 0;
	}
}

/**
 * The most places a story may have for each of its place pages to be the whole map page (the drawing, the article,
 * every place). Beyond, a place page is light (src/routes/place/[id=light]): its own size stays the same however many
 * places the story has, so the site grows with the number of places rather than with its square (2,000 places made
 * 2,000 pages of 1.6 MB). The map page itself, with every place, is then `/?place=<id>`.
 */
export const FULL_PLACE_PAGES_UP_TO = 200;

/** Whether a story of `places` places has light place pages. */
export const hasLightPlacePages = (/** @type {number} */ places) => places > FULL_PLACE_PAGES_UP_TO;
