// How areas of uncertainty fade as they grow on screen: part of the symbology (symbology.ts re-exports it), in a file
// of its own because the vector map, in every page's first script, needs it too (see colors.ts).

/**
 * Areas of uncertainty fade to their dashed outline as they outgrow the screen, so that a city's 15 km circle seen
 * close up never tints the whole map: the full fill while an area's smaller side spans up to `fullPx` CSS pixels,
 * none once it spans `clearPx` (about a typical map's width: the area then covers the view), and between, a fade
 * that is linear in zoom (one zoom level: `clearPx` is twice `fullPx`).
 */
export const areaFade = { fullPx: 384, clearPx: 768 } as const;

/** The zooms at which the fade is given: MapLibre interpolates a zoom-and-feature value between whole zooms. */
export const areaFadeZooms: readonly number[] = Array.from({ length: 23 }, (_, z) => z);

/**
 * The zoom from which an area covers a typical map (`areaFade.clearPx`), from its smaller side in world pixels at
 * zoom 0 (a 512-pixel world): the display feature's `cover_zoom`.
 * Example: coverZoom(0.75) is 10 (a side of 0.75 px at zoom 0 spans 768 px at zoom 10).
 */
export function coverZoom(sideAtZoom0: number): number {
	return Math.log2(areaFade.clearPx / Math.max(sideAtZoom0, 1e-9));
}

/** The share of an area's fill shown at a whole zoom: 1 up to a zoom before `cover`, 0 from `cover` on. */
export const areaFadeAt = (zoom: number, cover: number) =>
	Math.max(0, Math.min(1, (cover - zoom) / Math.log2(areaFade.clearPx / areaFade.fullPx)));

/**
 * The share of an area's fill shown at `zoom`, for an area that covers a typical map from zoom `cover`: 1 while
 * it is small on screen, 0 once it covers the view, linear between whole zooms as MapLibre draws it.
 * Example: areaFill(11, 10.9) is 0; areaFill(9, 10.9) is 1; areaFill(10, 10.9) is 0.9.
 */
export function areaFill(zoom: number, cover: number): number {
	const z0 = Math.max(0, Math.min(areaFadeZooms.length - 2, Math.floor(zoom)));
	const t = Math.max(0, Math.min(1, zoom - z0));
	return areaFadeAt(z0, cover) * (1 - t) + areaFadeAt(z0 + 1, cover) * t;
}
