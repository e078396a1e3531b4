import { bbox, bboxClip } from '@turf/turf';
import type { Polygon, Position } from 'geojson';

/**
 * Longitudes made continuous along a ring: a step of more than 180° is read as crossing the
 * antimeridian, as world-atlas (made for d3's spherical geometry) draws Russia, Fiji and Antarctica.
 */
export function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	for (const [lon = 0, lat = 0] of ring) {
		const previous = out[out.length - 1]?.[0];
		if (previous !== undefined && lon + offset - previous > 180) offset -= 360;
		if (previous !== undefined && lon + offset - previous < -180) offset += 360;
		out.push([lon + offset, lat]);
	}
	return out;
}

function shiftRings(rings: Position[][], dx: number): Position[][] {
	return rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + dx, lat]));
}

/**
 * Cuts a polygon that crosses the antimeridian into pieces within -180..180, so it can be drawn
 * flat (MapLibre) and clipped. A ring that goes all the way round (Antarctica) is closed over the pole.
 */
export function splitAtAntimeridian(rings: Position[][]): Position[][][] {
	const [outer, ...holes] = rings.map(unwrapRing);
	const first = outer?.[0];
	const last = outer?.[outer.length - 1];
	if (!outer || !first || !last) return [];
	if (Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
		const pole = (first[1] ?? 0) < 0 ? -90 : 90;
		outer.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], first);
	}
	// A hole is unwrapped on its own: bring it to the outer ring's side of the antimeridian.
	const near = (ring: Position[]) =>
		shiftRings([ring], 360 * Math.round(((first[0] ?? 0) - (ring[0]?.[0] ?? 0)) / 360))[0] ?? ring;
	const unwrapped: Polygon = { type: 'Polygon', coordinates: [outer, ...holes.map(near)] };
	const [west, , east] = bbox(unwrapped);
	if (west >= -180 && east <= 180) return [unwrapped.coordinates];
	return [-360, 0, 360].flatMap((dx) => {
		const piece = bboxClip(unwrapped, [-180 - dx, -90, 180 - dx, 90]).geometry as Polygon;
		const shifted = shiftRings(piece.coordinates, dx).filter((ring) => ring.length >= 4);
		return shifted.length ? [shifted] : [];
	});
}
