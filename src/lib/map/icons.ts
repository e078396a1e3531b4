import type { shapes } from '../story/schema';

export type Shape = (typeof shapes)[number];
export type IconName = Shape | 'arrow';

/** Pixels per side of each icon image; drawn at pixel ratio 2, so 20 CSS pixels before `icon-size`. */
export const ICON_SIZE = 40;
const BUFFER = 6;
const SDF_RADIUS = 8;
const SDF_CUTOFF = 0.25;

type Pt = [number, number];
// Outlines in a unit square (y down), each centred on the icon's centre of mass so markers sit on their spot.
/** The outlines in a unit square (y down); the SVG renderer draws its markers from the same table. */
export const outlines: Record<Exclude<IconName, 'circle'>, Pt[]> = {
	square: [
		[0.12, 0.12],
		[0.88, 0.12],
		[0.88, 0.88],
		[0.12, 0.88]
	],
	diamond: [
		[0.5, 0],
		[1, 0.5],
		[0.5, 1],
		[0, 0.5]
	],
	triangle: [
		[0.5, 0.02],
		[1, 0.9],
		[0, 0.9]
	],
	arrow: [
		[0.1, 0.1],
		[0.95, 0.5],
		[0.1, 0.9],
		[0.3, 0.5]
	]
};

function segmentDistance([px, py]: Pt, [ax, ay]: Pt, [bx, by]: Pt): number {
	const [dx, dy] = [bx - ax, by - ay];
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inside([px, py]: Pt, poly: Pt[]): boolean {
	let result = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i]!;
		const [xj, yj] = poly[j]!;
		if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) result = !result;
	}
	return result;
}

/** Signed distance in pixels from a pixel centre to the shape's edge: negative inside. */
export function signedDistance(name: IconName, x: number, y: number): number {
	const span = ICON_SIZE - 2 * BUFFER;
	const p: Pt = [(x - BUFFER) / span, (y - BUFFER) / span];
	if (name === 'circle') return (Math.hypot(p[0] - 0.5, p[1] - 0.5) - 0.5) * span;
	const poly = outlines[name];
	let d = Infinity;
	for (let i = 0; i < poly.length; i++) d = Math.min(d, segmentDistance(p, poly[i]!, poly[(i + 1) % poly.length]!));
	return (inside(p, poly) ? -d : d) * span;
}

/**
 * A signed-distance-field icon as RGBA pixels, so MapLibre can colour it (`icon-color`) and outline it
 * (`icon-halo-*`) per feature, with no sprite file and no network.
 */
export function sdfIcon(name: IconName): { width: number; height: number; data: Uint8Array } {
	const data = new Uint8Array(ICON_SIZE * ICON_SIZE * 4);
	for (let y = 0; y < ICON_SIZE; y++)
		for (let x = 0; x < ICON_SIZE; x++) {
			const d = signedDistance(name, x + 0.5, y + 0.5);
			const alpha = Math.round(255 - 255 * (d / SDF_RADIUS + SDF_CUTOFF));
			data[(y * ICON_SIZE + x) * 4 + 3] = Math.max(0, Math.min(255, alpha));
		}
	return { width: ICON_SIZE, height: ICON_SIZE, data };
}

export const iconNames: readonly IconName[] = ['circle', 'square', 'diamond', 'triangle', 'arrow'];
