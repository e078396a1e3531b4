import { fromWorld, toWorld } from '../render/mercator';

/**
 * The centre and zoom that fit a box into a map of `width` × `height` CSS pixels, as MapLibre's fitBounds does.
 * Example: fitView([[46.5, 40.5], [87.3, 55.5]], 800, 600) centres on Kazakhstan at about zoom 3.3.
 */
export function fitView(
	[sw, ne]: [[number, number], [number, number]],
	width: number,
	height: number,
	{ padding = 16, maxZoom = 22 } = {}
): { center: [number, number]; zoom: number } {
	const [x0, y0] = toWorld(sw);
	const [x1, y1] = toWorld(ne);
	const dx = Math.max(x1 - x0, 1e-9);
	const dy = Math.max(y0 - y1, 1e-9);
	const zoom = Math.min(maxZoom, Math.log2(Math.min((width - 2 * padding) / dx, (height - 2 * padding) / dy)));
	return { center: [(sw[0] + ne[0]) / 2, fromWorld([0, (y0 + y1) / 2])[1]], zoom };
}
