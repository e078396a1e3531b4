// What lies over the map (the legend, the tools, the zoom buttons, the scale bar, the pin and distance panels) and the
// part of the map they leave free: a popup is panned into that part, and a place is framed within it, so nothing on
// the map ever hides another thing on it.

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * How far in from each edge of `map` the overlays reach. Each overlay takes the edge that costs the least room: a
 * row of buttons along the top takes the top, a tall legend on the left the left, a scale bar the bottom. Overlays
 * outside the map, or with no size (hidden), take nothing.
 */
export function insetsOf(map: Box, overlays: Box[]): Insets {
	const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
	for (const o of overlays) {
		if (o.right <= o.left || o.bottom <= o.top) continue;
		if (o.right <= map.left || o.left >= map.right || o.bottom <= map.top || o.top >= map.bottom) continue;
		const cost: Insets = {
			top: o.bottom - map.top,
			right: map.right - o.left,
			bottom: map.bottom - o.top,
			left: o.right - map.left
		};
		const edge = (Object.keys(cost) as (keyof Insets)[]).reduce((a, b) => (cost[b] < cost[a] ? b : a));
		insets[edge] = Math.max(insets[edge], cost[edge]);
	}
	return insets;
}

/** The map less the overlays' insets and a margin: where a popup may lie. */
export function freeBox(map: Box, overlays: Box[], margin: number): Box {
	const i = insetsOf(map, overlays);
	return {
		left: map.left + i.left + margin,
		top: map.top + i.top + margin,
		right: map.right - i.right - margin,
		bottom: map.bottom - i.bottom - margin
	};
}

/**
 * How far the map's content must move (as MapLibre's `panBy` takes it: positive moves the view right and down, the
 * content left and up) for `popup` to lie inside `free`. A popup larger than the free box keeps its top left corner
 * in it: its own box scrolls.
 */
export function panToFit(popup: Box, free: Box): [number, number] {
	const along = (lo: number, hi: number, min: number, max: number) =>
		lo < min || hi - lo > max - min ? lo - min : hi > max ? hi - max : 0;
	return [along(popup.left, popup.right, free.left, free.right), along(popup.top, popup.bottom, free.top, free.bottom)];
}
