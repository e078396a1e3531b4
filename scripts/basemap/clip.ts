import { bbox, bboxClip } from '@turf/turf';
import type { Position } from 'geojson';
import { boxesOverlap, densifyGeometry, lerp, roundGeometry, type Area, type Box, type Line } from './geometry';
import { DENSIFY_STEP } from './precision';

/** Clips a polygon or line to a box with turf's bboxClip, densifies and rounds it; null when nothing is left inside. */
export function clipToBox<G extends Area | Line>(geometry: G, box: Box, decimals: number): G | null {
	if (!boxesOverlap(bbox(geometry), box)) return null;
	const clipped = bboxClip(geometry, box).geometry as G;
	return roundGeometry(densifyGeometry(clipped, DENSIFY_STEP), decimals);
}

/** Where segment a→b is inside the box, as [t0, t1] along it (Liang–Barsky); null when it misses. */
function segmentInside(a: Position, b: Position, box: Box): [number, number] | null {
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, ax - box[0]],
		[dx, box[2] - ax],
		[-dy, ay - box[1]],
		[dy, box[3] - ay]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return null;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return null;
	}
	return [t0, t1];
}

/**
 * The parts of a line that lie outside a box: the complement of bboxClip, so that world borders
 * stop where the region's own 1:50m borders begin.
 * Example: [[0, 0], [10, 0]] outside [2, -1, 4, 1] gives [[[0, 0], [2, 0]], [[4, 0], [10, 0]]].
 */
export function lineOutsideBox(line: Position[], box: Box): Position[][] {
	const parts: Position[][] = [];
	let current: Position[] = [];
	const flush = () => {
		if (current.length >= 2) parts.push(current);
		current = [];
	};
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1];
		const b = line[i];
		if (!a || !b) continue;
		if (current.length === 0) current.push(a);
		const inside = segmentInside(a, b, box);
		if (!inside || inside[0] === inside[1]) {
			current.push(b);
			continue;
		}
		const [t0, t1] = inside;
		if (t0 > 0) current.push(lerp(a, b, t0));
		flush();
		if (t1 < 1) current = [lerp(a, b, t1), b];
	}
	flush();
	return parts;
}
