// The camera of the page's vector map. The drawing is made once, at build time, for `VectorFrame`; the page scales it
// to fit its box and then pans and zooms it with a CSS transform until MapLibre takes over. Both use Web Mercator
// with 512-pixel tiles, so a transform of the drawing is exactly a MapLibre camera, and back.
import { fitView } from '../print/fit';
import { fromWorld, toWorld } from '../render/mercator';
import type { MapView } from '../url/view-state';
import { placeFit } from './hits';

/** The view the vector map was drawn for: centre and zoom of its core, `width` × `height` CSS pixels. */
export interface VectorFrame {
	center: [number, number];
	zoom: number;
	width: number;
	height: number;
}

/** Screen position = k × position in the fitted drawing + (x, y), in the box's CSS pixels. */
export interface Transform {
	x: number;
	y: number;
	k: number;
}

export interface Box {
	width: number;
	height: number;
}

export const identity: Transform = { x: 0, y: 0, k: 1 };

/** The zoom the untransformed drawing shows in the box (it is fitted whole into it, centred). */
function fittedZoom(frame: VectorFrame, box: Box) {
	return frame.zoom + Math.log2(Math.min(box.width / frame.width, box.height / frame.height));
}

/** The camera the drawing shows in `box` under `t`: what MapLibre must show there to take over without a jump. */
export function cameraOf(frame: VectorFrame, box: Box, t: Transform): MapView {
	const z0 = fittedZoom(frame, box);
	const scale = 2 ** z0;
	const [cx, cy] = toWorld(frame.center);
	// The box's centre, back in the untransformed drawing, as an offset from the drawing's centre.
	const dx = (box.width / 2 - t.x) / t.k - box.width / 2;
	const dy = (box.height / 2 - t.y) / t.k - box.height / 2;
	const [lon, lat] = fromWorld([cx + dx / scale, cy + dy / scale]);
	return { zoom: z0 + Math.log2(t.k), lat, lon };
}

/** The transform under which the drawing shows `view` in `box` (bearing and pitch aside: a drawing has neither). */
export function transformFor(frame: VectorFrame, box: Box, view: MapView): Transform {
	const z0 = fittedZoom(frame, box);
	const scale = 2 ** z0;
	const k = 2 ** (view.zoom - z0);
	const [cx, cy] = toWorld(frame.center);
	const [vx, vy] = toWorld([view.lon, view.lat]);
	const dx = (vx - cx) * scale;
	const dy = (vy - cy) * scale;
	return { x: box.width / 2 - k * (box.width / 2 + dx), y: box.height / 2 - k * (box.height / 2 + dy), k };
}

/** `t` zoomed by `factor` about the box point `at`, which stays where it is. */
export function zoomAbout(t: Transform, factor: number, at: [number, number]): Transform {
	return { x: at[0] - (at[0] - t.x) * factor, y: at[1] - (at[1] - t.y) * factor, k: t.k * factor };
}

/** The camera as the map element reports it in `data-view`: zoom/lat/lon, for tests and the benchmark. */
export const viewText = (v: MapView) => `${v.zoom.toFixed(2)}/${v.lat.toFixed(5)}/${v.lon.toFixed(5)}`;

/**
 * The camera that shows a place's box (`[west, south, east, north]`) in `box`, as MapLibre fits a place (`placeFit`).
 * Example: placeCamera([71.41, 51.12, 71.41, 51.12], { width: 800, height: 600 }) is zoom 11 over that point.
 */
export function placeCamera([w, s, e, n]: readonly [number, number, number, number], box: Box): MapView {
	const room = 2 * placeFit.padding + 1;
	const { center, zoom } = fitView(
		[
			[w, s],
			[e, n]
		],
		Math.max(box.width, room),
		Math.max(box.height, room),
		placeFit
	);
	return { zoom, lat: center[1], lon: center[0] };
}
