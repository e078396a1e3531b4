import type { BBox, Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];
export type Area = Polygon | MultiPolygon;
export type Line = LineString | MultiLineString;

/** True when two boxes overlap or touch. */
export function boxesOverlap(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** True when the position lies inside the box or on its edge. */
export function boxContains(box: Box, [lon = NaN, lat = NaN]: Position): boolean {
	return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

export function isArea(geometry: Feature['geometry'] | null): geometry is Area {
	return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

export function isLine(geometry: Feature['geometry'] | null): geometry is Line {
	return geometry?.type === 'LineString' || geometry?.type === 'MultiLineString';
}

/** A value as a one-element list, or an empty list for null: for flatMap, which would flatten an array value. */
export function present<T>(value: T | null | undefined): T[] {
	return value === null || value === undefined ? [] : [value];
}

/** Rounds a position to `decimals`; -0 becomes 0 so the written bytes are stable. */
export function roundPosition(position: Position, decimals: number): Position {
	const factor = 10 ** decimals;
	return position.slice(0, 2).map((value) => Math.round(value * factor) / factor + 0);
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a line and drops repeated positions; null when fewer than two are left. */
export function roundLine(line: Position[], decimals: number): Position[] | null {
	const out: Position[] = [];
	for (const position of line) {
		const rounded = roundPosition(position, decimals);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, rounded)) out.push(rounded);
	}
	return out.length >= 2 ? out : null;
}

/** Twice the signed area of a ring (shoelace), in square degrees. */
function ringArea2(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
		const [x1 = 0, y1 = 0] = ring[i] ?? [];
		sum += x0 * y1 - x1 * y0;
	}
	return sum;
}

/** Rounds a ring; null when it collapses (fewer than 4 positions, or no area, as clipping leaves slivers on the box edge). */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
	const out = roundLine(ring, decimals);
	if (!out) return null;
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && !samePosition(first, last)) out.push(first);
	if (out.length < 4 || ringArea2(out) === 0) return null;
	return out;
}

/** The ring turned so it runs counterclockwise (or clockwise); shoelace area > 0 means counterclockwise. */
function orient(ring: Position[], counterclockwise: boolean): Position[] {
	return ringArea2(ring) > 0 === counterclockwise ? ring : [...ring].reverse();
}

// RFC 7946 winding: outer rings counterclockwise, holes clockwise (d3-geo wants the reverse).
function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
	const [outer, ...holes] = rings;
	const shell = outer && roundRing(outer, decimals);
	if (!shell) return null;
	const inner = holes.flatMap((hole) => present(roundRing(hole, decimals)));
	return [orient(shell, true), ...inner.map((hole) => orient(hole, false))];
}

/** Rounds a polygon or line geometry, dropping parts that collapse, with RFC 7946 winding; null when nothing is left. */
export function roundGeometry<G extends Area | Line>(geometry: G, decimals: number): G | null {
	switch (geometry.type) {
		case 'LineString': {
			const coordinates = roundLine(geometry.coordinates, decimals);
			return coordinates && ({ type: 'LineString', coordinates } as G);
		}
		case 'MultiLineString': {
			const coordinates = geometry.coordinates.flatMap((part) => present(roundLine(part, decimals)));
			return coordinates.length ? ({ type: 'MultiLineString', coordinates } as G) : null;
		}
		case 'Polygon': {
			const coordinates = roundPolygon(geometry.coordinates, decimals);
			return coordinates && ({ type: 'Polygon', coordinates } as G);
		}
		case 'MultiPolygon': {
			const coordinates = geometry.coordinates.flatMap((part) => present(roundPolygon(part, decimals)));
			return coordinates.length ? ({ type: 'MultiPolygon', coordinates } as G) : null;
		}
	}
}

/** The position a fraction `t` of the way from a to b. */
export function lerp(a: Position, b: Position, t: number): Position {
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

/**
 * Adds points so that no segment is longer than `step` degrees. MapLibre draws a segment straight
 * on the Mercator map, d3-geo as a great circle: an 80° edge along 62°N (where clipping cut Russia)
 * would bulge far north in the SVG map. Short segments look the same in both.
 */
export function densifyLine(line: Position[], step: number): Position[] {
	const out: Position[] = [];
	for (const [i, b] of line.entries()) {
		const a = line[i - 1];
		if (a) {
			const [ax = 0, ay = 0] = a;
			const [bx = 0, by = 0] = b;
			const pieces = Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / step);
			for (let k = 1; k < pieces; k++) out.push(lerp(a, b, k / pieces));
		}
		out.push(b);
	}
	return out;
}

/** densifyLine on every line or ring of a geometry. */
export function densifyGeometry<G extends Area | Line>(geometry: G, step: number): G {
	const line = (l: Position[]) => densifyLine(l, step);
	switch (geometry.type) {
		case 'LineString':
			return { ...geometry, coordinates: line(geometry.coordinates) };
		case 'MultiLineString':
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map(line) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map(line)) };
	}
}
