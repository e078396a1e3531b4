import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import type { Place } from '../places/places';

/** How far from the pointer, in CSS pixels, a marker or route still counts as hit: a finger is not a cursor. */
const HIT_SLOP = 8;

/**
 * The places under a point, topmost first, each once: markers and routes within reach first; failing those,
 * the areas of uncertainty the point lies in (but not whole countries, which would catch every click).
 */
export function placeIdsAt(
	map: Pick<MapLibreMap, 'queryRenderedFeatures'>,
	point: { x: number; y: number },
	layerIds: string[]
): string[] {
	const box: [PointLike, PointLike] = [
		[point.x - HIT_SLOP, point.y - HIT_SLOP],
		[point.x + HIT_SLOP, point.y + HIT_SLOP]
	];
	const near = map.queryRenderedFeatures(box, { layers: layerIds.flatMap((id) => [`${id}-point`, `${id}-line`]) });
	const hits = near.length
		? near
		: map
				.queryRenderedFeatures([point.x, point.y], { layers: layerIds.map((id) => `${id}-area`) })
				.filter((f) => f.properties.precision !== 'country');
	return uniqueIds(hits);
}

/** The group of points under a point (`<layer>-cluster`, see clusterLayers in style.ts), topmost first, or null. */
export function groupAt(
	map: Pick<MapLibreMap, 'queryRenderedFeatures'>,
	point: { x: number; y: number },
	clusteredLayerIds: string[]
): { source: string; clusterId: number; center: [number, number] } | null {
	if (clusteredLayerIds.length === 0) return null;
	const [hit] = map.queryRenderedFeatures([point.x, point.y], {
		layers: clusteredLayerIds.map((id) => `${id}-cluster`)
	});
	if (!hit || hit.geometry.type !== 'Point') return null;
	const [lon = 0, lat = 0] = hit.geometry.coordinates;
	return { source: hit.source, clusterId: Number(hit.properties.cluster_id), center: [lon, lat] };
}

/** Place ids of rendered features, in order, each once. */
export function uniqueIds(features: Pick<MapGeoJSONFeature, 'properties'>[]): string[] {
	return [...new Set(features.map((f) => String(f.properties.id)))];
}

/** How a map shows one place: its box with this padding in CSS pixels, no closer than this zoom (both maps alike). */
export const placeFit = { padding: 60, maxZoom: 11 } as const;

/** The box around what the map draws for some places, as [[west, south], [east, north]]. */
export function boundsOf(...places: Pick<Place, 'bounds'>[]): [[number, number], [number, number]] {
	const [w, s, e, n] = places.reduce(
		([w, s, e, n], { bounds: [pw, ps, pe, pn] }) => [
			Math.min(w, pw),
			Math.min(s, ps),
			Math.max(e, pe),
			Math.max(n, pn)
		],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
	return [
		[w, s],
		[e, n]
	];
}

/**
 * The box "Show all" frames: each place by what locates it, a country by its marker rather than its whole outline (a
 * country's outline may span the globe, as Russia's and the United States' do across the 180th meridian).
 */
export function showAllBounds(places: Pick<Place, 'bounds' | 'center' | 'precision'>[]) {
	return boundsOf(
		...places.map((p) =>
			p.precision === 'country'
				? { bounds: [p.center[0], p.center[1], p.center[0], p.center[1]] as Place['bounds'] }
				: p
		)
	);
}
