import { basemapColors } from '../symbology';
import { renderBasemap } from './basemap';
import { attrs } from './escape';
import { frameFor, prepareForD3 } from './project';
import type { SvgMapInput } from './types';

/** How much wider the locator looks: four zoom levels, sixteen times the width. */
const ZOOM_OUT = 4;
/**
 * The locator's closest zoom: about 60° across at 180 pixels, the focus country among its neighbours. Closer in,
 * a city's locator would show a patch of one land colour, no place a reader could recognise.
 */
export const LOCATOR_MAX_ZOOM = 3;
const MIN_BOX = 6;

/**
 * A small north-up map of the wider area (zoom − 4, at most LOCATOR_MAX_ZOOM; same centre) with a rectangle on the main view's extent,
 * for the corner of a printed map. `bounds` is the main view's `viewBounds`.
 */
export function locatorInset(
	input: SvgMapInput,
	bounds: [[number, number], [number, number]],
	size: { width: number; height: number } = { width: 180, height: 120 }
): string {
	const { width, height } = size;
	const zoom = Math.min(input.view.zoom - ZOOM_OUT, LOCATOR_MAX_ZOOM);
	const frame = frameFor({ center: input.view.center, zoom }, width, height, {
		tolerance: 1
	});
	// Land, the focus countries and lakes only: borders, rivers and labels would be noise at this scale.
	const { world, countries, water } = input.basemap;
	const land = world && { ...world, features: world.features.filter((f) => f.properties?.kind === 'land') };
	const basemap = Object.fromEntries(
		Object.entries({ world: land, countries, water }).flatMap(([k, v]) => (v ? [[k, prepareForD3(v)]] : []))
	);
	const [[w, s], [e, n]] = bounds;
	const [x0, y1] = frame.projection([w, s]) ?? [0, 0];
	const [x1, y0] = frame.projection([e, n]) ?? [width, height];
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const [bw, bh] = [Math.max(MIN_BOX, x1 - x0), Math.max(MIN_BOX, y1 - y0)];
	const box = attrs({
		'data-extent': '',
		x: cx - bw / 2,
		y: cy - bh / 2,
		width: bw,
		height: bh,
		fill: 'none',
		stroke: basemapColors.label,
		'stroke-width': 1.5
	});
	const frameBox = attrs({ width, height, fill: 'none', stroke: basemapColors.border, 'stroke-width': 1 });
	const root = attrs({ width, height, viewBox: `0 0 ${width} ${height}`, 'data-locator': '' });
	return `<svg xmlns="http://www.w3.org/2000/svg"${root}>${renderBasemap(basemap, frame, input.focus)}<rect${box}/><rect${frameBox}/></svg>`;
}
