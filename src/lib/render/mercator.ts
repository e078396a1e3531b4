// Web Mercator as MapLibre computes it, for everything that must land where MapLibre draws: the SVG renderer, the
// print page's fit, the vector map's camera, the URL codec's limits and the tests.

/** CSS pixels across the whole world at zoom 0: MapLibre's 512-pixel tiles. */
export const WORLD_SIZE = 512;

/** Web Mercator's latitude limit: MapLibre clamps there, and the poles would project to infinity. */
export const MAX_LATITUDE = 85.051129;

/** A latitude within Web Mercator's limits. */
export const clampLatitude = (lat: number) => Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));

/**
 * A longitude and latitude in MapLibre's world pixels at `zoom` (0 when left out), latitude clamped.
 * Example: toWorld([0, 0]) is [256, 256]; toWorld([0, 0], 1) is [512, 512].
 */
export function toWorld([lon, lat]: readonly [number, number], zoom = 0): [number, number] {
	const size = WORLD_SIZE * 2 ** zoom;
	const phi = (clampLatitude(lat) * Math.PI) / 180;
	return [((lon + 180) / 360) * size, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size];
}

/** The inverse of `toWorld`. */
export function fromWorld([x, y]: readonly [number, number], zoom = 0): [number, number] {
	const size = WORLD_SIZE * 2 ** zoom;
	return [(x / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI];
}
