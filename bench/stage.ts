// Stages the two peer pages into one folder for `npm run bench`: the hand-written pages with the story's style or
// colours inlined, Leaflet and MapLibre from node_modules, the app's fonts, and the app's own built GeoJSON files,
// everything precompressed as the app's build is, so both servers send the same bytes for the same data.
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import ts from 'typescript';

register('./url-hook.mjs', import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const compressible = /\.(html|js|mjs|css|json)$/;

/** JSON for a `<script type="application/json">`: nothing in it can close the element. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function* files(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else yield path;
	}
}

/** Brotli and gzip siblings at the settings SvelteKit's `precompress` uses for the app's own files. */
function precompress(dir: string) {
	for (const path of files(dir)) {
		if (!compressible.test(path)) continue;
		const data = readFileSync(path);
		writeFileSync(`${path}.gz`, gzipSync(data, { level: constants.Z_BEST_COMPRESSION }));
		const params = {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
			[constants.BROTLI_PARAM_SIZE_HINT]: data.length
		};
		writeFileSync(`${path}.br`, brotliCompressSync(data, { params }));
	}
}

function fill(template: string, parts: Record<string, string>): string {
	let html = readFileSync(join(here, 'peers', template), 'utf8');
	for (const [name, value] of Object.entries(parts)) {
		const marker = `<!-- bench:${name} -->`;
		if (!html.includes(marker)) throw new Error(`bench/peers/${template} lacks ${marker}`);
		html = html.replace(marker, () => value);
	}
	return html;
}

function copyInto(dir: string, paths: string[]) {
	mkdirSync(dir, { recursive: true });
	for (const path of paths) copyFileSync(path, join(dir, basename(path)));
}

/** Writes the peers' folder `out`: /leaflet/, /maplibre/, /vendor/, /fonts/ and the app's /basemap/ and /display/. */
export async function stagePeers(buildDir: string, out: string) {
	// Imported here, after the hook above, so that fonts.ts's `?url` imports resolve.
	const { buildStyle } = await import('../src/lib/map/style');
	const { basemapColors } = await import('../src/lib/render/colors');
	const { fontFaces } = await import('../src/lib/map/fonts');
	const { loadStory } = await import('../src/lib/server/story');
	const { basemapNames } = await import('../src/lib/server/basemap');

	const story = loadStory();
	const basemap = basemapNames();
	const layers = story.layers;
	const focus = story.meta.focusCountries;
	const view = story.meta.defaultView;

	for (const dir of ['basemap', 'display']) cpSync(join(buildDir, dir), join(out, dir), { recursive: true });
	const leaflet = join(repo, 'node_modules/leaflet/dist');
	copyInto(join(out, 'vendor/leaflet'), [join(leaflet, 'leaflet.js'), join(leaflet, 'leaflet.css')]);
	const maplibre = join(repo, 'node_modules/maplibre-gl/dist');
	copyInto(
		join(out, 'vendor/maplibre-gl'),
		['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'].map((f) => join(maplibre, f))
	);

	// The app's font faces (same files, same unicode ranges), served from /fonts/.
	const faces = Object.fromEntries(
		Object.entries(fontFaces).map(([family, list]) => [
			family,
			[list].flat().map((face) => {
				const { url, ...rest } = typeof face === 'string' ? { url: face } : face;
				copyInto(join(out, 'fonts'), [url]);
				return { ...rest, url: `/fonts/${basename(url)}` };
			})
		])
	);
	const fontCss = Object.entries(faces)
		.flatMap(([family, list]) =>
			list.map((face) => {
				const ranges = ('unicode-range' in face ? [face['unicode-range'] ?? []] : []).flat().join(',');
				return `@font-face{font-family:'${family}';font-weight:400;font-display:swap;src:url(${face.url}) format('woff2');${ranges ? `unicode-range:${ranges}` : ''}}`;
			})
		)
		.join('\n');

	const style = buildStyle({ layers, basemap, focus, lang: 'nl', fontFaces: faces, base: '' });
	mkdirSync(join(out, 'maplibre'), { recursive: true });
	writeFileSync(
		join(out, 'maplibre/index.html'),
		fill('maplibre/index.html', {
			config: `<script id="config" type="application/json">${inlineJson({ style, view })}</script>`
		})
	);
	// The app's marker and arrowhead icons, computed in the page as the app does.
	const icons = ts.transpileModule(readFileSync(join(repo, 'src/lib/map/icons.ts'), 'utf8'), {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	});
	// Transpiling one file is enough while it imports nothing but types.
	if (/^\s*import\s/m.test(icons.outputText))
		throw new Error('src/lib/map/icons.ts imports a module at run time: the MapLibre peer needs it bundled');
	writeFileSync(join(out, 'maplibre/icons.js'), icons.outputText);

	const symbology = layers.map(({ id, symbology: s }) => ({
		id,
		color: s.color,
		kindColors: s.kindColors,
		dash: s.dash
	}));
	mkdirSync(join(out, 'leaflet'), { recursive: true });
	writeFileSync(
		join(out, 'leaflet/index.html'),
		fill('leaflet/index.html', {
			fonts: `<style>\n${fontCss}\n</style>`,
			config: `<script id="config" type="application/json">${inlineJson({ view, focus, basemap, colors: basemapColors, layers: symbology })}</script>`
		})
	);

	precompress(join(out, 'leaflet'));
	precompress(join(out, 'maplibre'));
	precompress(join(out, 'vendor'));
}
