/** Web Mercator at zoom 0 as MapLibre draws it: a 512-pixel square world. */
const WORLD = 512;
const MAX_LAT = 85.0511287798;

const x = (lon: number) => ((lon + 180) / 360) * WORLD;
const y = (lat: number) => {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * WORLD;
};
const lat = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / WORLD))) * 180) / Math.PI;

/** A longitude and latitude in MapLibre's world pixels at zoom 0 (multiply by 2^zoom for another zoom). */
export const toWorld = ([lon, la]: [number, number]): [number, number] => [x(lon), y(la)];
/** The inverse of `toWorld`. */
export const fromWorld = ([px, py]: [number, number]): [number, number] => [(px / WORLD) * 360 - 180, lat(py)];

/**
 * The centre and zoom that fit a box into a map of `width` × `height` CSS pixels, as MapLibre's fitBounds does.
 * Example: fitView([[46.5, 40.5], [87.3, 55.5]], 800, 600) centres on Kazakhstan at about zoom 3.3.
 */
export function fitView(
	[[w, s], [e, n]]: [[number, number], [number, number]],
	width: number,
	height: number,
	{ padding = 16, maxZoom = 22 } = {}
): { center: [number, number]; zoom: number } {
	const dx = Math.max(x(e) - x(w), 1e-9);
	const dy = Math.max(y(s) - y(n), 1e-9);
	const zoom = Math.min(maxZoom, Math.log2(Math.min((width - 2 * padding) / dx, (height - 2 * padding) / dy)));
	return { center: [(w + e) / 2, lat((y(s) + y(n)) / 2)], zoom };
}
