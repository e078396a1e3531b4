import { outlines, type Shape } from '../../map/icons';
import { basemapColors, clustering, clusterRadius, emphasis, INK } from '../symbology';
import { attrs, escapeXml, num } from './escape';
import { fontFamily } from './text';

type Pt = [number, number];

/** CSS pixels across a marker shape at scale 1: MapLibre's icons are 28 of 40 pixels at pixel ratio 2. */
export const SHAPE_SPAN = 14;

/** The outlines of src/lib/map/icons.ts: one table for the interactive map's icons and the SVG markers. */
export const shapeOutlines: Record<Exclude<Shape, 'circle'> | 'arrow', Pt[]> = outlines;

function polygon(outline: Pt[], x: number, y: number, span: number, angle = 0): string {
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	const points = outline.map(([u, v]) => {
		const [dx, dy] = [(u - 0.5) * span, (v - 0.5) * span];
		return `${num(x + dx * cos - dy * sin)},${num(y + dx * sin + dy * cos)}`;
	});
	return `<polygon points="${points.join(' ')}"`;
}

const halo = (color: string, width: number) =>
	attrs({ stroke: color, 'stroke-width': width * 2, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });

/** A story marker: the layer's shape in the feature's colour, with a white halo (or `haloColor`). */
export function shapeMarker(
	shape: Shape,
	x: number,
	y: number,
	scale: number,
	color: string,
	haloWidth: number,
	haloColor: string = basemapColors.halo
): string {
	const span = SHAPE_SPAN * scale;
	const paint = `${attrs({ fill: color })}${halo(haloColor, haloWidth)}`;
	if (shape === 'circle') return `<circle${attrs({ cx: x, cy: y, r: span / 2 })}${paint}/>`;
	return `${polygon(shapeOutlines[shape], x, y, span)}${paint}/>`;
}

/**
 * A group of crowded points (`src/lib/render/clusters.ts`), as MapLibre draws it (`<layer>-cluster`): a circle in the
 * layer's colour with a white ring outside its radius, and the count in white at its middle. `data-at` (lon,lat) and
 * `data-zoom` are the camera a click on it goes to (VectorMap.svelte), where the group falls apart.
 */
export function clusterMarker(
	x: number,
	y: number,
	group: { count: number; label: string; center: [number, number]; expansionZoom: number },
	color: string
): string {
	const { count, label } = group;
	const r = clusterRadius(count);
	const size = clustering.textSize;
	const circle = attrs({
		cx: x,
		cy: y,
		r: r + clustering.halo / 2,
		fill: color,
		stroke: basemapColors.halo,
		'stroke-width': clustering.halo
	});
	const text = attrs({ x, y: y + size * 0.36, 'text-anchor': 'middle', 'font-size': size, fill: basemapColors.halo });
	const at = group.center.map((v) => Math.round(v * 1e4) / 1e4).join(',');
	const data = attrs({ 'data-cluster': count, 'data-at': at, 'data-zoom': group.expansionZoom });
	return `<g${data}><circle${circle}/><text${text}>${escapeXml(label)}</text></g>`;
}

/** An arrowhead pointing along `angle` (radians, screen coordinates), showing a route's direction. */
export function arrowHead(
	x: number,
	y: number,
	angle: number,
	scale: number,
	color: string,
	haloWidth: number
): string {
	const paint = `${attrs({ fill: color })}${halo(basemapColors.halo, haloWidth)}`;
	return `${polygon(shapeOutlines.arrow, x, y, SHAPE_SPAN * scale, angle)}${paint}/>`;
}

/** A numbered marker's shape across (in pixels), for the number to sit inside it: 12-pixel bold, up to three digits. */
const NUMBERED_SPAN: Record<Exclude<Shape, 'circle'>, number> = { square: 24, diamond: 30, triangle: 34 };

/** A numbered marker's radius round its spot: what it covers, for laying markers out clear of each other. */
export function markerRadius(n: number, shape: Shape = 'circle'): number {
	const r = String(n).length > 2 ? 12 : 10;
	if (shape === 'circle') return r;
	const span = NUMBERED_SPAN[shape] * (r / 10);
	return Math.max(...shapeOutlines[shape].map(([u, v]) => Math.hypot(u - 0.5, v - 0.5) * span));
}

/**
 * A numbered marker for print: the layer's shape (a circle by default) in the feature's colour with its number in
 * 12-pixel white text, the text on the shape's centre of mass.
 */
export function numberedMarker(x: number, y: number, n: number, color: string, shape: Shape = 'circle'): string {
	const label = String(n);
	const r = markerRadius(n);
	const paint = { fill: color, stroke: basemapColors.halo, 'stroke-width': 1.5 };
	let body = `<circle${attrs({ cx: x, cy: y, r, ...paint })}/>`;
	let dy = 0;
	if (shape !== 'circle') {
		const outline = shapeOutlines[shape];
		const span = NUMBERED_SPAN[shape] * (r / 10);
		body = `${polygon(outline, x, y, span)}${attrs({ ...paint, 'stroke-linejoin': 'round' })}/>`;
		dy = (outline.reduce((sum, [, v]) => sum + v, 0) / outline.length - 0.5) * span;
	}
	const text = attrs({
		x,
		y: y + dy + 4.3,
		'font-size': 12,
		'font-weight': 'bold',
		'font-family': fontFamily,
		'text-anchor': 'middle',
		fill: basemapColors.halo
	});
	return `<g data-number="${label}">${body}<text${text}>${label}</text></g>`;
}

/**
 * A leader from a marker drawn beside its spot (at x, y) to the spot: a thin ink line from the circle's rim to a
 * small dot in the place's colour.
 */
export function leaderLine(x: number, y: number, [sx, sy]: Pt, r: number, color: string): string {
	const d = Math.hypot(sx - x, sy - y);
	const [ux, uy] = d > 0 ? [(sx - x) / d, (sy - y) / d] : [0, 0];
	const line = attrs({ x1: x + ux * r, y1: y + uy * r, x2: sx, y2: sy, stroke: INK, 'stroke-width': 0.9 });
	const dot = attrs({ cx: sx, cy: sy, r: 2.5, fill: color, stroke: basemapColors.halo, 'stroke-width': 1 });
	return `<g data-leader=""><line${line}/><circle${dot}/></g>`;
}

/**
 * The chosen place drawn once more above every layer, as the interactive map's spotlight (`spotlightLayers` in
 * src/lib/map/style.ts): a ring with an ink stroke round a pale disc, then `marker` (already drawn at x, y) on top.
 */
export function spotlightRing(x: number, y: number, marker: string): string {
	const { radius, stroke, fillOpacity } = emphasis.spotlight;
	const ring = attrs({
		cx: x,
		cy: y,
		r: radius,
		fill: basemapColors.halo,
		'fill-opacity': fillOpacity,
		stroke: INK,
		'stroke-width': stroke
	});
	return `<g data-spotlight=""><circle${ring}/>${marker}</g>`;
}

// The interactive map's pin is MapLibre's default marker in this colour (StoryMap.svelte).
const PIN_COLOR = INK;

/** The shared pin: a dark teardrop whose tip is on the spot, with a white dot, as MapLibre's default marker. */
export function pinMarker(x: number, y: number): string {
	const d = 'M0,0C-2,-6 -9,-13 -9,-22A9,9 0 1 1 9,-22C9,-13 2,-6 0,0Z';
	const body = `<path${attrs({ d, fill: PIN_COLOR, stroke: basemapColors.halo, 'stroke-width': 1 })}/>`;
	const dot = `<circle${attrs({ cx: 0, cy: -22, r: 3.5, fill: basemapColors.halo })}/>`;
	return `<g data-pin=""${attrs({ transform: `translate(${num(x)} ${num(y)})` })}>${body}${dot}</g>`;
}
