import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';
import type { Topology, Transform } from 'topojson-specification';

/** Absolute positions of a TopoJSON arc: undoes the delta encoding and quantisation of a quantised topology. */
export function decodeArc(arc: Position[], transform?: Transform): Position[] {
	if (!transform) return arc;
	const { scale, translate } = transform;
	let x = 0;
	let y = 0;
	return arc.map(([dx = 0, dy = 0]) => {
		x += dx;
		y += dy;
		return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
	});
}

/**
 * Simplifies every arc of a topology (turf simplify: Douglas–Peucker) and keeps each arc's ends,
 * so neighbouring countries still share one border and fills meet the border lines exactly.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
	const arcs = topology.arcs.map((arc) => {
		const positions = decodeArc(arc, topology.transform);
		if (positions.length <= 2 || tolerance <= 0) return positions;
		return simplify(lineString(positions), { tolerance, highQuality: true }).geometry.coordinates;
	});
	// The arcs are absolute degrees now, so the result carries no transform.
	return { ...topology, arcs, transform: undefined };
}
