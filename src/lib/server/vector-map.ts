import { simplify } from '@turf/turf';
import { MAP_FIRST_SCRIPT } from '../map/map-first.js';
import type { VectorFrame } from '../map/vector-camera';
import { langs } from '../i18n';
import { fitView } from '../print/fit';
import { basemapLabelOrders, renderMapSvg, type SvgMapInput } from '../render/svg';
import { labelOrderKey } from '../render/symbology';
import { displayFeatures } from '../story/display';
import type { Story } from '../story/types';
import { basemapLayer, basemapNames, countryOutlines } from './basemap';
import { LABEL_FONT, labelFontCss, labelText } from './label-font';
import { loadStory, storyDir } from './story';

/** The part of the vector map that shows the story's default view, in CSS pixels; it is scaled to fit its box. */
const CORE = { width: 800, height: 640 };
/**
 * How much map is drawn around that part, as a share of its size on each side: enough to fill a phone's tall box
 * or a wide screen's without a blank band, and to pan a little before MapLibre takes over.
 */
const MARGIN = { x: 0.3, y: 0.35 };
/**
 * The scales the drawing is shown at, each with a set of labels placed for it (renderBasemapLabels): a box shows the
 * set of the largest scale not above its own, so its labels are at least their size on screen, and MapLibre, taking
 * over at that box's camera, has room for every one. A phone's box of 390 px shows the 800-px core at 0.49, a wide
 * screen's of 624 px at 0.78; the largest set is also the one shown where container queries are not understood.
 */
const LABEL_SCALES = [0.38, 0.46, 0.6, 0.75, 0.95];

/**
 * CSS that shows the labels of one of `scales` on the vector map, by its box (a size container), and sizes them for
 * it: those of the largest scale not above the drawing's scale in the box (the smallest in a box smaller still),
 * each label scaled by 1 / that scale around its place (renderScaledBasemapLabels draws them at scale 1), and back by
 * the drawing's own zoom, --k, as VectorMap.svelte scales its other texts: both in one transform, which is all a text has.
 * The groups of crowded points (`data-cluster`, with their counts) are scaled so too.
 * @example labelSetCss([0.5, 1], CORE)
 * // → '…g[data-in]:not([data-in~="1"]){display:none}…g[data-in][data-in~="1"]{display:inline}…>text{transform:scale(calc(1 / var(--k, 1)))}
 * //    @container (width < 800px) or (height < 640px){…:not([data-in~="0.5"])…{display:inline}…scale(calc(2 / var(--k, 1)))}}'
 */
export function labelSetCss(scales: readonly number[], core: { width: number; height: number }): string {
	const sorted = [...scales].sort((a, b) => a - b);
	const labels = '[data-vector-map] g[data-basemap="labels"] g[data-in]';
	// The groups of crowded points, whose counts are text too: at their size on screen as the labels.
	const groups = '[data-vector-map] g[data-layer]>g[data-cluster]';
	// Both of one specificity, so that a later query's rules win over an earlier one's.
	const show = (s: number) =>
		`${labels}:not([data-in~="${s}"]){display:none}${labels}[data-in~="${s}"]{display:inline}` +
		`${labels}>text,${groups}{transform:scale(calc(${Math.round(1e4 / s) / 1e4} / var(--k, 1)))}`;
	const rules = [show(sorted[sorted.length - 1]!)];
	for (let i = sorted.length - 1; i > 0; i--) {
		const [smaller, scale] = [sorted[i - 1]!, sorted[i]!];
		const px = (n: number) => `${Math.round(n * 100) / 100}px`;
		const below = `(width < ${px(core.width * scale)}) or (height < ${px(core.height * scale)})`;
		rules.push(`@container ${below}{${show(smaller)}}`);
	}
	return rules.join('');
}

/**
 * CSS that keeps the dashes of the drawing's dashed lines at their length on screen while it is zoomed (`--k`, set by
 * vector-gestures.ts with `data-scaled`), as VectorMap.svelte keeps their width: one rule for each dash pattern the
 * drawing has. Without it a link at zoom 6 showed the CSTO routes' dashes four times as long as MapLibre then did.
 * @example dashCss('<path stroke-dasharray="4.5 3"/>')
 * // → '[data-vector-map] svg[data-scaled] [stroke-dasharray="4.5 3"]{stroke-dasharray:calc(4.5px / var(--k, 1)) calc(3px / var(--k, 1))}'
 */
export function dashCss(svg: string): string {
	const patterns = new Set([...svg.matchAll(/stroke-dasharray="([\d. ]+)"/g)].map((m) => m[1]!));
	return [...patterns]
		.map((dash) => {
			const lengths = dash.split(' ').map((d) => `calc(${d}px / var(--k, 1))`);
			return `[data-vector-map] svg[data-scaled] [stroke-dasharray="${dash}"]{stroke-dasharray:${lengths.join(' ')}}`;
		})
		.join('');
}

/**
 * The basemap and each story layer's display features, as the vector renderers take them. The labels carry their
 * place in the order the vector map places them, in each language (`order_<lang>`): MapLibre places them so too.
 */
export function mapLayers(story: Story) {
	const outlines = countryOutlines();
	const layers = {
		basemapData: Object.fromEntries(basemapNames().map((name) => [name, basemapLayer(name)])),
		display: Object.fromEntries(story.layers.map((l) => [l.id, displayFeatures(l.features, outlines)]))
	};
	const labels = layers.basemapData.labels;
	if (!labels) return layers;
	const orders = Object.entries(basemapLabelOrders(vectorInput(story, layers)));
	const features = labels.features.map((f, i) => ({
		...f,
		properties: { ...f.properties, ...Object.fromEntries(orders.map(([lang, at]) => [labelOrderKey(lang), at[i]])) }
	}));
	return { ...layers, basemapData: { ...layers.basemapData, labels: { ...labels, features } } };
}

/** Where the vector map's core is: the page needs it to turn a pan or zoom of the drawing into a camera. */
export function vectorFrame(story: Story): VectorFrame {
	const { fit, center, zoom } = story.meta.defaultView;
	const view = fit ? fitView(fit, CORE.width, CORE.height) : { center, zoom };
	return { ...view, ...CORE };
}

/** The vector map's margin around its core, in CSS pixels. */
const margin = (frame: VectorFrame) => ({
	mx: Math.round(frame.width * MARGIN.x),
	my: Math.round(frame.height * MARGIN.y)
});

/** What the vector map of the story's default view is drawn from. */
function vectorInput(
	story: Story,
	{ basemapData, display }: Pick<SvgMapInput, 'display'> & { basemapData: SvgMapInput['basemap'] }
): SvgMapInput {
	const frame = vectorFrame(story);
	const { mx, my } = margin(frame);
	return {
		basemap: basemapData,
		layers: story.meta.layers,
		display,
		focus: story.meta.focusCountries,
		// The page is built once for every language: its labels come in each, and the page's language shows one.
		lang: langs,
		view: { center: frame.center, zoom: frame.zoom },
		width: frame.width + 2 * mx,
		height: frame.height + 2 * my,
		// The bundled Noto Sans, as MapLibre draws the labels, inlined for just these labels: see label-font.ts.
		fontFamily: `'${LABEL_FONT}', sans-serif`,
		// Half a pixel is finer than the 1:50m data drawn at this zoom, and the page is a third lighter for it.
		steps: 2,
		labelScales: LABEL_SCALES
	};
}

/**
 * The vector map of the story's default view, with a margin around it: the first paint of the map page, and its
 * map without WebGL or JavaScript. Its viewBox is the core; the margin shows where the box is wider or taller.
 */
export function vectorMapSvg(story: Story): string {
	const frame = vectorFrame(story);
	const { mx, my } = margin(frame);
	const input = vectorInput(story, mapLayers(story));
	// Points within half a pixel of the line through their neighbours change nothing at this zoom; leaving them out
	// makes the page lighter and its first layout faster. (Story layers keep every point.)
	const halfPixel = 0.5 * (360 / (512 * 2 ** frame.zoom));
	const basemap = Object.fromEntries(
		Object.entries(input.basemap).map(([name, fc]) => [name, simplify(fc, { tolerance: halfPixel })])
	);
	const svg = renderMapSvg({ ...input, basemap });
	// Unhinted text (`geometricPrecision`): the page scales the drawing to its box, and hinted SVG text asks the
	// browser process for the font's hinting at every size it meets, on the way to the first paint (45 synchronous
	// requests in a Chromium trace of the page, 18 without hinting; the median first paint 376 → 296 ms in one
	// 15-run comparison).
	return svg.replace(
		/^<svg ([^>]*?)width="\d+" height="\d+" viewBox="[^"]*"/,
		`<svg $1viewBox="${mx} ${my} ${frame.width} ${frame.height}" preserveAspectRatio="xMidYMid meet" text-rendering="geometricPrecision"`
	);
}

const PLACEHOLDER = /(<div\b[^>]*\bdata-vector-map\b[^>]*>)(<\/div>)/;
/**
 * The id of an empty group at the end of the drawing. The page's head asks the browser to paint nothing until it is
 * in the document (`<link rel="expect" blocking="render">`): Chromium lets a frame paint once the element named is
 * there, not once it is closed, so the mark is the drawing's last element rather than the drawing itself.
 */
export const DRAWN_ID = 'vector-map-drawn';
let cached: Promise<{ dir: string; svg: string; css: string }> | undefined;

async function drawn(dir: string) {
	// Marked once here, with the drawing that is cached: not again for every page.
	const svg = vectorMapSvg(loadStory(dir)).replace(/<\/svg>$/, `<g id="${DRAWN_ID}"/></svg>`);
	return { dir, svg, css: (await labelFontCss(labelText(svg))) + labelSetCss(LABEL_SCALES, CORE) + dashCss(svg) };
}

/**
 * Puts the vector map into a page's placeholder (`<div data-vector-map></div>`) as the server sends it, and the font
 * of its labels, the CSS that picks their set by the map's box, and the first-frame script (map-first.js: the first frame paints the map alone) into the page's head.
 * The map goes into the HTML only, not into the data the page hydrates from: the browser gets it once, and the page
 * script moves it as it is.
 */
export async function injectVectorMap(html: string): Promise<string> {
	if (!PLACEHOLDER.test(html)) return html;
	const dir = storyDir();
	if (!cached || (await cached).dir !== dir) cached = drawn(dir);
	const { svg, css } = await cached;
	const style = `<style>${css}</style>`;
	// A page streamed in parts may have sent its head already: the font then comes with the map, and the page paints
	// as it comes.
	const inHead = html.includes('</head>');
	const map = (inHead ? '' : style) + svg;
	const out = html.replace(PLACEHOLDER, (_, open: string, close: string) => open + map + close);
	// No frame until the parser is past the map (DRAWN_ID): before, a frame could come while the drawing was still
	// arriving and show part of it, and the whole map came a frame later, after that frame's work (bench, 2026-12-07:
	// the app's layers visible at 212–735 ms, median 456, over 15 loads of a copy of the page; with the link
	// 228–460 ms, median 360). The script after the CSP <meta>, which allows it by its hash (svelte.config.js).
	const head = `<link rel="expect" href="#${DRAWN_ID}" blocking="render">${style}<script>${MAP_FIRST_SCRIPT}</script>`;
	return inHead ? preloadModulesLast(out.replace('</head>', `${head}</head>`)) : out;
}

const MODULE_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;

/**
 * Moves SvelteKit's `<link rel="modulepreload">` tags from the head to the end of the body, beside the script that
 * starts the page. In the head they had the browser fetch and compile the page's modules while it parsed the drawing
 * and laid out its first frame, on a machine of two cores (bench, 2026-12-07, copies of the built page, 9 loads each:
 * layers visible at a median of 484 ms with them in the head, 364 at the end, 352 with none). With none at all the
 * modules load one level of imports at a time: 330 ms more until the last one has arrived at a round trip of 150 ms,
 * against 40 ms less at the end than in the head.
 */
export function preloadModulesLast(html: string): string {
	const links = html.match(MODULE_PRELOAD);
	if (!links) return html;
	return html.replace(MODULE_PRELOAD, '').replace('</body>', `${links.join('')}</body>`);
}
