// Whether a build is current: made from the same story folder, for the same base path and public origin, and newer
// than every source it is made from. `npm start` (scripts/serve.js) and `npm run test:browser`
// (scripts/build-if-stale.js) build only when it is not; scripts/postbuild.js writes the record it is judged by.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { basePath } from './base-path.js';

/** What a build is made from, besides the story folder. */
const sources = [
	'src',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json',
	'scripts/postbuild.js',
	'scripts/validate.ts',
	'scripts/base-path.js',
	'scripts/basemap-tiles.js'
];

/**
 * The latest change to a file, or to anything in a folder.
 * @param {string} path @returns {number}
 */
export function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The record scripts/postbuild.js keeps in a build: what this environment would build. */
export function buildRecord() {
	return {
		storyDir: resolve(process.env.STORY_DIR ?? 'geo'),
		basePath: basePath(),
		siteOrigin: process.env.SITE_ORIGIN ?? null,
		basemapTiles: process.env.BASEMAP_TILES ?? null
	};
}

/** @param {string} root */
export const recordFile = (root) => join(root, '.build-info.json');

/**
 * Why `root` must be built again for this environment, or null when it is current.
 * @param {string} root
 */
export function staleBecause(root) {
	const stamp = recordFile(root);
	if (!existsSync(stamp)) return `${root}/ has no finished build`;
	const built = JSON.parse(readFileSync(stamp, 'utf8'));
	const wanted = buildRecord();
	for (const [key, value] of Object.entries(wanted))
		if ((built[key] ?? null) !== value) return `${root}/ was built with another ${key}`;
	if (Math.max(...sources.map(newest), newest(wanted.storyDir)) > statSync(stamp).mtimeMs)
		return `${root}/ is older than its sources`;
	return null;
}
