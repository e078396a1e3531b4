// One river's course through a river network (WDBII's segments, cut at bin edges): the shortest way along the
// network from a point near its source to a point near its mouth, so that no tributary comes along.
import type { Position } from 'geojson';

export type Segment = [number, number][];

const key = (p: Position) => `${p[0]!.toFixed(4)},${p[1]!.toFixed(4)}`;

/** How far a loose end may be bridged to another part of the network (a lake or reservoir the river runs through). */
const GAP_KM = 90;
/** A bridge costs this many times its length, so that the network's own lines are preferred. */
const GAP_COST = 3;

/** Length in km of a step between two nearby points (equirectangular: steps are short). */
function stepKm(a: Position, b: Position): number {
	const k = Math.cos(((a[1]! + b[1]!) / 2) * (Math.PI / 180));
	return Math.hypot((a[0]! - b[0]!) * k, a[1]! - b[1]!) * 111.2;
}

/**
 * The points of the shortest way along `network` between the network points nearest `from` and `to`.
 * @example riverCourse([[[0, 0], [1, 0]], [[1, 0], [2, 0]], [[1, 0], [1, 1]]], [0, 0], [2, 0]) // → [[0,0],[1,0],[2,0]]
 */
export function riverCourse(network: Segment[], from: Position, to: Position): Position[] {
	const points = new Map<string, Position>();
	const edges = new Map<string, [string, number][]>();
	const link = (a: Position, b: Position, cost = 1) => {
		const [ka, kb] = [key(a), key(b)];
		if (ka === kb) return;
		points.set(ka, a).set(kb, b);
		const w = stepKm(a, b) * cost;
		edges.set(ka, [...(edges.get(ka) ?? []), [kb, w]]);
		edges.set(kb, [...(edges.get(kb) ?? []), [ka, w]]);
	};
	for (const s of network) for (let i = 1; i < s.length; i++) link(s[i - 1]!, s[i]!);
	const loose = [...points].filter(([k]) => edges.get(k)!.length === 1);
	for (const [k, p] of loose)
		for (const [k2, q] of points)
			if (k2 !== k && !edges.get(k)!.some(([n]) => n === k2) && stepKm(p, q) <= GAP_KM) link(p, q, GAP_COST);
	const nearest = (p: Position) => {
		let best = '';
		let bestKm = Infinity;
		for (const [k, q] of points) {
			const km = stepKm(p, q);
			if (km < bestKm) [best, bestKm] = [k, km];
		}
		return best;
	};
	const [start, end] = [nearest(from), nearest(to)];
	// Dijkstra, with a plain scan for the next point: the networks here have some ten thousand points.
	const dist = new Map<string, number>([[start, 0]]);
	const prev = new Map<string, string>();
	const open = new Set([start]);
	const done = new Set<string>();
	while (open.size) {
		let here = '';
		for (const k of open) if (!here || dist.get(k)! < dist.get(here)!) here = k;
		open.delete(here);
		done.add(here);
		if (here === end) break;
		for (const [next, w] of edges.get(here) ?? []) {
			if (done.has(next)) continue;
			const d = dist.get(here)! + w;
			if (d < (dist.get(next) ?? Infinity)) {
				dist.set(next, d);
				prev.set(next, here);
				open.add(next);
			}
		}
	}
	if (!done.has(end))
		throw new Error(`riverCourse: no way along the network from ${from.join(',')} to ${to.join(',')}`);
	const course = [end];
	while (course.at(-1) !== start) course.push(prev.get(course.at(-1)!)!);
	return course.reverse().map((k) => points.get(k)!);
}
