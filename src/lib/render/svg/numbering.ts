import { bbox } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import type { DisplayProperties } from '../../story/display';
import { emphasis, featureColor, shownAt } from '../symbology';
import { markerRadius } from './markers';
import { frameFor, type Frame } from './project';
import type { Shape } from '../../map/icons';
import type { Box } from './text';
import type { SvgMapInput } from './types';

type Pt = [number, number];

/** A box on the map that markers keep clear of (the inset, the north arrow, the scale bar), in map pixels. */
export type Rect = Box;

/** A marker to place: its true spot and the radius it takes (its circle, or the spotlight's ring). */
export interface Spot {
	x: number;
	y: number;
	r: number;
}

/** Space between two markers' circles, so that each reads as its own. */
export const MARKER_GAP = 3;

const overlaps = (a: Pt, ra: number, b: Pt, rb: number, gap: number) =>
	Math.hypot(a[0] - b[0], a[1] - b[1]) < ra + rb + gap - 1e-9;

const hitsRect = ([x, y]: Pt, r: number, k: Rect, gap: number) =>
	x + r + gap > k.x0 && x - r - gap < k.x1 && y + r + gap > k.y0 && y - r - gap < k.y1;

/** Where a ring of markers goes: round the members' mean, each on the side its spot lies, adjacent ones apart. */
function ring(spots: Spot[], members: number[], gap: number): Pt[] {
	const cx = members.reduce((s, i) => s + spots[i]!.x, 0) / members.length;
	const cy = members.reduce((s, i) => s + spots[i]!.y, 0) / members.length;
	if (members.length === 1) return [[cx, cy]];
	const rMax = Math.max(...members.map((i) => spots[i]!.r));
	const k = members.length;
	const radius = (2 * rMax + gap) / (2 * Math.sin(Math.PI / k));
	const angle = (i: number) => Math.atan2(spots[i]!.y - cy, spots[i]!.x - cx);
	const spread = Math.max(...members.map((i) => Math.hypot(spots[i]!.x - cx, spots[i]!.y - cy)));
	// Members on one spot go round from the top, in their order; spread ones keep their bearing's order.
	const order = spread < 1 ? [...members] : [...members].sort((a, b) => angle(a) - angle(b));
	const start = spread < 1 ? -Math.PI / 2 : angle(order[0]!);
	const at = new Map(order.map((m, j) => [m, j]));
	return members.map((m) => {
		const a = start + (at.get(m)! * 2 * Math.PI) / k;
		return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)];
	});
}

/** Moves a group of positions the least that puts all of them inside the map and clear of every keep-out box. */
function keepInside(pos: Pt[], radii: number[], width: number, height: number, keepOut: Rect[], gap: number): Pt[] {
	let out = pos;
	for (let round = 0; round < 4; round++) {
		let [dx, dy] = [0, 0];
		out.forEach(([x, y], i) => {
			const r = radii[i]! + 1;
			dx = x - r < 0 ? Math.max(dx, r - x) : x + r > width ? Math.min(dx, width - r - x) : dx;
			dy = y - r < 0 ? Math.max(dy, r - y) : y + r > height ? Math.min(dy, height - r - y) : dy;
		});
		out = out.map(([x, y]) => [x + dx, y + dy]);
		const hit = keepOut.find((k) => out.some((p, i) => hitsRect(p, radii[i]!, k, gap)));
		if (!hit) return out;
		// Out of the box on its nearer side, up or left (the map's furniture sits in its corners).
		const up = Math.max(...out.map(([, y], i) => y + radii[i]! + gap - hit.y0));
		const left = Math.max(...out.map(([x], i) => x + radii[i]! + gap - hit.x0));
		const down = Math.max(...out.map(([, y], i) => hit.y1 - (y - radii[i]! - gap)));
		const right = Math.max(...out.map(([x], i) => hit.x1 - (x - radii[i]! - gap)));
		const moves: Pt[] = [
			[0, -up],
			[-left, 0],
			[0, down],
			[right, 0]
		];
		const fits = (m: Pt) =>
			out.every(([x, y], i) => {
				const r = radii[i]! + 1;
				return x + m[0] - r >= 0 && x + m[0] + r <= width && y + m[1] - r >= 0 && y + m[1] + r <= height;
			});
		const best = moves.filter(fits).sort((a, b) => Math.hypot(...a) - Math.hypot(...b))[0] ?? moves[0]!;
		out = out.map(([x, y]) => [x + best[0], y + best[1]]);
	}
	return out;
}

/**
 * Where to draw numbered markers so that none covers another: markers that would overlap are fanned out round their
 * mean (a leader line then joins each to its spot), a ring growing with its members; a ring that then overlaps other
 * markers joins them in one larger ring. Every marker also lies wholly inside the `width` × `height` map and clear of
 * `keepOut`. Returns each spot's drawn position, in the order given.
 * @example fanOut([{ x: 50, y: 50, r: 10 }, { x: 50, y: 50, r: 10 }], { width: 100, height: 100 })
 * // → [[50, 38.5], [50, 61.5]]: two markers on one spot, one above the other
 */
export function fanOut(
	spots: Spot[],
	{ width, height, keepOut = [], gap = MARKER_GAP }: { width: number; height: number; keepOut?: Rect[]; gap?: number }
): Pt[] {
	const radii = spots.map((s) => s.r);
	const group = spots.map((_, i) => i);
	const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
	const join = (a: number, b: number) => {
		const [ra, rb] = [find(a), find(b)];
		if (ra !== rb) group[Math.max(ra, rb)] = Math.min(ra, rb);
		return ra !== rb;
	};
	for (let i = 0; i < spots.length; i++)
		for (let j = i + 1; j < spots.length; j++)
			if (overlaps([spots[i]!.x, spots[i]!.y], radii[i]!, [spots[j]!.x, spots[j]!.y], radii[j]!, gap)) join(i, j);
	let pos: Pt[] = [];
	// Each round joins at least two groups, so this ends within as many rounds as there are markers.
	for (let round = 0; round <= spots.length; round++) {
		const groups = new Map<number, number[]>();
		spots.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
		pos = spots.map((s) => [s.x, s.y]);
		for (const members of groups.values()) {
			const placed = keepInside(
				ring(spots, members, gap),
				members.map((i) => radii[i]!),
				width,
				height,
				keepOut,
				gap
			);
			members.forEach((m, j) => (pos[m] = placed[j]!));
		}
		let joined = false;
		for (let i = 0; i < spots.length; i++)
			for (let j = i + 1; j < spots.length; j++)
				if (find(i) !== find(j) && overlaps(pos[i]!, radii[i]!, pos[j]!, radii[j]!, gap)) joined = join(i, j) || joined;
		if (!joined) break;
	}
	return pos;
}

/** A group of crowded points that the print sheet numbers as one (`printGroups`, src/lib/print/groups.ts). */
export interface MarkedGroup {
	/** `group:<layer>:<first member>`: no place's id. */
	id: string;
	layer: string;
	center: [number, number];
	members: string[];
}

/** A numbered marker as the print sheet draws it: its number, where it is drawn and its place's true spot. */
export interface NumberedMarker {
	id: string;
	n: number;
	color: string;
	/** The layer's shape, as the key's legend shows it. */
	shape: Shape;
	/** What the marker covers round where it is drawn: its shape, or the spotlight's ring. */
	r: number;
	/** Where the marker is drawn, in map pixels. */
	x: number;
	y: number;
	/** The place's spot: where a leader line from an offset marker ends. */
	at: Pt;
	spotlight?: boolean;
	/** A group's places (a circle in its layer's colour, its number inside; the key names them). */
	members?: string[];
}

/**
 * A place's spot for its number, in map pixels: a point's own spot; a route's first point inside the map (where it
 * sets out, or where it comes into view), `inset` pixels from the edge; an area's middle.
 */
export function numberSpot(frame: Frame, features: Feature<Geometry, DisplayProperties>[], inset: number): Pt | null {
	const project = (p: Position) => frame.projection([p[0] ?? 0, p[1] ?? 0]) as Pt | null;
	const point = features.find((f) => f.properties.role === 'point' && f.geometry.type === 'Point');
	if (point?.geometry.type === 'Point') return project(point.geometry.coordinates);
	const line = features.find((f) => f.properties.role === 'line');
	if (line && (line.geometry.type === 'LineString' || line.geometry.type === 'MultiLineString')) {
		const coords = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
		const inside = ([x, y]: Pt) => x >= inset && y >= inset && x <= frame.width - inset && y <= frame.height - inset;
		const pts = coords.map(project).filter((p): p is Pt => p !== null);
		return pts.find(inside) ?? pts[pts.length - 1] ?? null;
	}
	const area = features[0];
	if (!area) return null;
	const [w, s, e, n] = bbox(area);
	return project([(w + e) / 2, (s + n) / 2]);
}

/**
 * The numbered markers of `ids`, numbered 1, 2, … in that order, each drawn clear of the others (fanOut): the
 * print sheet's map and key read from the same list. `spotlight`: the chosen place, whose marker takes its ring's room.
 * A group of points (`MarkedGroup`) is one marker, a circle at the group's centre.
 */
export function numberedMarkers(
	input: SvgMapInput,
	ids: (string | MarkedGroup)[],
	{ spotlight, keepOut = [] }: { spotlight?: string; keepOut?: Rect[] } = {}
): NumberedMarker[] {
	const frame = frameFor(input.view, input.width, input.height);
	/** A marker before its number, with the place's parts the map draws (a group has none). */
	type Found = Omit<NumberedMarker, 'x' | 'y' | 'n'> & { features?: Feature<Geometry, DisplayProperties>[] };
	const found = ids
		.flatMap((entry): Found[] => {
			if (typeof entry !== 'string') {
				const layer = input.layers.find((l) => l.id === entry.layer);
				const at = frame.projection(entry.center) as Pt | null;
				if (!layer || !at) return [];
				const { id, members } = entry;
				return [{ id, r: 0, at, color: layer.symbology.color, shape: 'circle', members }];
			}
			const id = entry;
			for (const layer of input.layers) {
				// Only what the map draws at its zoom: a route too small to read there (`thinning`) gets no number.
				const features = (input.display[layer.id]?.features ?? []).filter(
					(f) => f.properties.id === id && shownAt(f.properties, frame.zoom)
				);
				if (!features.length) continue;
				const shape = layer.symbology.shape;
				const color = featureColor(layer.symbology, features[0]!.properties.kind);
				return [{ id, r: 0, at: [0, 0], color, shape, features }];
			}
			return [];
		})
		.flatMap(({ features, ...marker }, i) => {
			// Numbered in the order given, one after the other, among those the map shows.
			const n = i + 1;
			if (!features) return [{ ...marker, n, r: markerRadius(n) }];
			const ring = emphasis.spotlight.radius + emphasis.spotlight.stroke / 2;
			const r = marker.id === spotlight ? Math.max(ring, markerRadius(n, marker.shape)) : markerRadius(n, marker.shape);
			const at = numberSpot(frame, features, r + 2);
			return at ? [{ ...marker, n, r, at }] : [];
		});
	const drawn = fanOut(
		found.map(({ at, r }) => ({ x: at[0], y: at[1], r })),
		{ width: input.width, height: input.height, keepOut }
	);
	return found.map(({ id, n, r, at, color, shape, members }, i) => ({
		id,
		n,
		color,
		shape,
		r,
		x: drawn[i]![0],
		y: drawn[i]![1],
		at,
		...(id === spotlight ? { spotlight: true } : {}),
		...(members ? { members } : {})
	}));
}
