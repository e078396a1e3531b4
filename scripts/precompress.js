// Precompresses a built site: a `.gz` and a `.br` beside every text file (and GeoJSON and vector tiles), at the
// settings SvelteKit's adapter uses (gzip level 9; brotli at its best quality, text mode, the file's size as hint).
// It replaces the adapter's `precompress`, which opens every file of the site at once (four descriptors each): a
// story of 2,000 places (8,000 files) stopped the build with EMFILE. Here a few files are in work at a time.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** SvelteKit's list (`@sveltejs/kit` builder.compress), and the story's data files. */
export const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.json',
	'.css',
	'.svg',
	'.xml',
	'.wasm',
	'.txt',
	'.md',
	'.mdx',
	'.geojson',
	'.pbf'
]);
const BINARY = new Set(['.wasm', '.pbf']);

/** Files compressed at once: enough to keep zlib's thread pool busy, few enough for any descriptor limit. */
const AT_ONCE = 8;

/** Writes `<file>.gz` and `<file>.br` beside each compressible file under `dir`; an empty file is left as it is. */
export async function precompress(dir) {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const files = entries
		.filter((e) => e.isFile() && COMPRESSIBLE.has(extname(e.name)))
		.map((e) => join(e.parentPath, e.name));
	let next = 0;
	async function worker() {
		while (next < files.length) {
			const file = files[next++];
			const data = await readFile(file);
			// An empty city tile (fillEmptyTiles) is served as it is: compressed, it would only grow.
			if (data.length === 0) continue;
			const mode = BINARY.has(extname(file)) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT;
			const [g, b] = await Promise.all([
				gz(data, { level: constants.Z_BEST_COMPRESSION }),
				brotli(data, {
					params: {
						[constants.BROTLI_PARAM_MODE]: mode,
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: data.length
					}
				})
			]);
			await writeFile(`${file}.gz`, g);
			await writeFile(`${file}.br`, b);
		}
	}
	await Promise.all(Array.from({ length: AT_ONCE }, worker));
	return files.length;
}
