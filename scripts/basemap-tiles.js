// A remote source of city tiles (a TileJSON URL: a self-hosted tile server, or a keyless public one), off unless
// a deploy names one: `BASEMAP_TILES` at build time, else `basemapTiles` in the story's story.json. The page's
// Content Security Policy lets the map fetch from that URL's origin (svelte.config.js); the default build names
// none, and so makes no request to another host.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The remote TileJSON URL, or null. A URL that is not http(s) stops the build with where it came from.
 * @param {string} [dir] the story folder
 * @returns {string | null}
 */
export function basemapTilesUrl(dir = resolve(process.env.STORY_DIR ?? 'geo')) {
	const fromEnv = process.env.BASEMAP_TILES;
	const storyFile = join(dir, 'story.json');
	const fromStory =
		!fromEnv && existsSync(storyFile) ? JSON.parse(readFileSync(storyFile, 'utf8')).basemapTiles : undefined;
	const value = fromEnv || fromStory;
	if (!value) return null;
	const where = fromEnv ? 'BASEMAP_TILES' : `${storyFile}: basemapTiles`;
	let url;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`${where}: "${value}" is not a URL (give a TileJSON address, https://…/tiles.json)`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`${where}: "${value}" is not an http(s) address`);
	return url.href;
}
