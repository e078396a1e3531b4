// Link previews (og:image): the story's map drawn by the SVG renderer, with a band of text, rasterised by resvg at
// build time. resvg draws text only in the font files it is given; the bundled Noto Sans is WOFF2, which it cannot
// read, so the build turns the parts it needs into TrueType once (see previewFontFiles).
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { fitView } from '../print/fit';
import { placesInReadingOrder, type Place } from '../places/places';
import {
	byline,
	geometryBounds,
	previewBand,
	previewSvg,
	previewView,
	PREVIEW_MAP,
	PREVIEW_ZOOM
} from '../preview/layout';
import { prepareMapInput, renderMapSvg, viewBounds, type SvgMapInput, type SvgView } from '../render/svg';
import { WORLD_SIZE } from '../render/mercator';
import { featureColor } from '../render/symbology';
import { displayFeatures } from '../story/display';
import type { Story } from '../story/types';
import { basemapLayer, basemapNames, countryOutlines } from './basemap';
import { notoSansParts } from './label-font';
import { loadStory, storyDir } from './story';

const FAMILY = 'Noto Sans';
/** Part of a cached image's key: another resvg may draw it otherwise, another sharp reduce its colours otherwise. */
const encoderVersions = () =>
	`${(createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version} ` +
	`${sharp.versions.sharp} ${sharp.versions.imagequant}`;
/** The scripts a story's labels and titles may use (Dutch, English, Kazakh and Russian names), Latin first. */
const SCRIPTS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];

/** Where the fonts and previews made once are kept: `PREVIEW_CACHE_DIR` (bench:scale gives each build an empty one). */
const cacheDir = () => process.env.PREVIEW_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'article-map');

/**
 * Noto Sans (regular and bold, {@link SCRIPTS}) as TrueType files for resvg, made from the bundled WOFF2 once and kept
 * in node_modules/.cache: every character of each file, so any label can be drawn.
 */
export async function previewFontFiles(): Promise<string[]> {
	const dir = join(cacheDir(), 'fonts');
	mkdirSync(dir, { recursive: true });
	// resvg takes the first face of the family and weight, and a character it lacks from any face that has it: the
	// Latin faces come first, so a bold heading is drawn in the bold Latin face.
	const parts = SCRIPTS.flatMap((script) =>
		[400, 700].flatMap((weight) =>
			notoSansParts(weight).filter((p) => p.file.endsWith(`-${script}-${weight}-normal.woff2`))
		)
	);
	return Promise.all(
		parts.map(async ({ file, ranges }) => {
			const woff2 = readFileSync(file);
			const key = createHash('sha256').update(woff2).digest('hex').slice(0, 16);
			const out = join(dir, `${key}.ttf`);
			if (existsSync(out)) return out;
			const chars = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
			const ttf = await subsetFont(woff2, String.fromCodePoint(...chars), { targetFormat: 'truetype' });
			// Written whole, then renamed: a build running beside never reads half a font.
			writeFileSync(`${out}.${process.pid}`, ttf);
			renameSync(`${out}.${process.pid}`, out);
			return out;
		})
	);
}

/**
 * What every preview of a story is drawn from: the basemap and the display features, prepared for d3-geo. The same
 * for each of a build's images and the slower half of drawing one, so it is made once per story folder and version
 * of its files (the one cache of this module: it holds nothing a request brings).
 */
const inputs = new Map<string, SvgMapInput>();

function previewInput(story: Story): SvgMapInput {
	const key = `${storyDir()}:${storyVersion()}`;
	const known = inputs.get(key);
	if (known) return known;
	inputs.clear();
	const input = prepareInput(story);
	inputs.set(key, input);
	return input;
}

/** The latest change to the story folder's files (a preview in `vite dev` follows an edit). */
function storyVersion(dir = storyDir()): number {
	const files = (sub: string) => readdirSync(join(dir, sub)).map((name) => join(dir, sub, name));
	return Math.max(
		...[join(dir, 'story.json'), ...files('layers'), ...files('basemap')].map((f) => statSync(f).mtimeMs)
	);
}

function prepareInput(story: Story): SvgMapInput {
	const outlines = countryOutlines();
	const display = Object.fromEntries(story.layers.map((l) => [l.id, displayFeatures(l.features, outlines)]));
	const basemap = Object.fromEntries(basemapNames().map((name) => [name, basemapLayer(name)]));
	return prepareMapInput({
		basemap,
		display,
		layers: story.meta.layers,
		focus: story.meta.focusCountries,
		lang: 'nl',
		view: story.meta.defaultView,
		...PREVIEW_MAP,
		fontFamily: FAMILY
	});
}

/** The box a country's preview frames: its whole outline, as the map draws it. */
function countryBox(place: Place, display: SvgMapInput['display']) {
	if (place.precision !== 'country') return undefined;
	const area = display[place.layer]?.features.find((f) => f.properties.id === place.id && f.properties.role === 'area');
	return area && geometryBounds(area.geometry as Geometry);
}

/** Each display feature's `[west, south, east, north]`, worked out once per prepared story. */
const boxes = new WeakMap<Feature, number[]>();
const boxOf = (f: Feature) => boxes.get(f) ?? boxes.set(f, bbox(f)).get(f)!;

/**
 * The story layers' features that reach into the view, or near enough for a marker or label to: a preview of one
 * place need not draw thousands of others (a story of 10,000 places drew every one in each of its 10,000 previews).
 * A view across the antimeridian, or of half the world, keeps them all.
 */
export function displayNear(display: SvgMapInput['display'], view: SvgView): SvgMapInput['display'] {
	// A view of half the world or more (a large country's) may wrap round it: all of them then.
	if ((PREVIEW_MAP.width / (WORLD_SIZE * 2 ** view.zoom)) * 360 > 180) return display;
	const [[west, south], [east, north]] = viewBounds(view, PREVIEW_MAP.width, PREVIEW_MAP.height);
	if (!(west < east && south < north)) return display;
	const [mx, my] = [(east - west) * 0.25, (north - south) * 0.25];
	const near = (f: Feature) => {
		const [w, s, e, n] = boxOf(f) as [number, number, number, number];
		return e >= west - mx && w <= east + mx && n >= south - my && s <= north + my;
	};
	return Object.fromEntries(
		Object.entries(display).map(([id, fc]) => [id, { ...fc, features: fc.features.filter(near) }])
	);
}

/** The SVG of a preview: a place centred and ringed, or (no place) the story's default view. */
export function previewImageSvg(story: Story, place?: Place): string {
	const input = previewInput(story);
	const { meta } = story;
	const { fit, center, zoom } = meta.defaultView;
	const [[west, south], [east, north]] = meta.bounds;
	const inRegion = (p: Place) =>
		p.center[0] >= west && p.center[0] <= east && p.center[1] >= south && p.center[1] <= north;
	const view = place
		? previewView(place, countryBox(place, input.display), PREVIEW_ZOOM[inRegion(place) ? 'region' : 'world'])
		: fit
			? fitView(fit, PREVIEW_MAP.width, PREVIEW_MAP.height, { padding: 24 })
			: { center, zoom };
	const display = displayNear(input.display, view);
	const map = renderMapSvg({ ...input, display, view, ...(place ? { spotlight: [place] } : {}) });
	const layer = place && meta.layers.find((l) => l.id === place.layer);
	const band = previewBand(
		place
			? {
					heading: place.name.nl,
					subheading: meta.title.nl,
					byline: byline(meta),
					...(layer ? { color: featureColor(layer.symbology, place.kind ?? '') } : {})
				}
			: {
					heading: meta.title.nl,
					subheading: `Kaart van alle ${placesInReadingOrder(story).length} plaatsen in het artikel`,
					byline: byline(meta)
				}
	);
	return previewSvg(map, band, `${FAMILY}, sans-serif`);
}

/**
 * In 256 colours (libimagequant, through sharp): a map of flat colours looks the same at a third of the bytes (Almaty's
 * akimat: 115 KB as resvg writes it, 41 KB so), and a story of thousands of places has one per place. At effort 5 and
 * zlib level 6 a preview takes 44 ms; at sharp's best (10, 9) 86 ms for 7% fewer bytes.
 */
const PNG_OPTIONS = { palette: true, quality: 100, effort: 5, compressionLevel: 6 } as const;

/**
 * A preview as PNG, 1200 × 630. Kept in node_modules/.cache by its SVG's hash: a build that changes nothing in an
 * image takes it from there.
 */
export async function previewPng(svg: string): Promise<Buffer> {
	const fontFiles = await previewFontFiles();
	const key = createHash('sha256')
		.update(`${encoderVersions()}\n${JSON.stringify(PNG_OPTIONS)}\n${fontFiles.join()}\n${svg}`)
		.digest('hex')
		.slice(0, 24);
	const dir = join(cacheDir(), 'previews');
	const cached = join(dir, `${key}.png`);
	if (existsSync(cached)) return readFileSync(cached);
	// Off the main thread (resvg's and sharp's own threads), so that the build's two prerendering pages
	// (svelte.config.js) draw two previews at once.
	const drawn = await renderAsync(svg, {
		font: { loadSystemFonts: false, fontFiles, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY }
	});
	const png = await sharp(drawn.asPng()).png(PNG_OPTIONS).toBuffer();
	mkdirSync(dir, { recursive: true });
	writeFileSync(`${cached}.${process.pid}`, png);
	renameSync(`${cached}.${process.pid}`, cached);
	return png;
}

/** The PNG response of a preview: the story's (no id) or a place's; undefined for an unknown place. */
export async function previewResponse(id?: string): Promise<Response | undefined> {
	const story = loadStory();
	const place = id === undefined ? undefined : placesInReadingOrder(story).find((p) => p.id === id);
	if (id !== undefined && !place) return undefined;
	const png = await previewPng(previewImageSvg(story, place));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
