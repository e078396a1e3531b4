// Shapes shared by the basemap tests.
import type { Position } from 'geojson';

/** A closed counterclockwise square ring with its south-west corner at (x, y). */
export const square = (x: number, y: number, size: number): Position[] => [
	[x, y],
	[x + size, y],
	[x + size, y + size],
	[x, y + size],
	[x, y]
];

/** True when a position lies inside [west, south, east, north] or on its edge. */
export const inBox = ([lon = NaN, lat = NaN]: Position, [w, s, e, n]: [number, number, number, number]) =>
	lon >= w && lon <= e && lat >= s && lat <= n;
