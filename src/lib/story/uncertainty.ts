import type { Position } from 'geojson';
import type { PlaceFeature, RouteEnd } from './types';

/** Where a place's circle of uncertainty is centred, and which end of a route that is (for messages). */
export interface UncertaintyCentre {
	center: Position;
	/** The route end it sits at; absent for a point. */
	end?: RouteEnd;
}

/**
 * The centre of a feature's circle of `radiusKm`: the point itself, or the route end `uncertainAt` names (the origin
 * unless it says otherwise); undefined when the feature states no radius or is an area drawn as it is.
 * Example: a route [[27.6, 53.8], [77.1, 43.7]] with `uncertainAt: 'destination'` → { center: [77.1, 43.7], end: 'destination' }.
 */
export function uncertaintyCentre(feature: PlaceFeature): UncertaintyCentre | undefined {
	const { geometry: g, properties: p } = feature;
	if (p.radiusKm === undefined) return undefined;
	if (g.type === 'Point') return { center: g.coordinates };
	if (g.type !== 'LineString') return undefined;
	const end = p.uncertainAt ?? 'origin';
	const center = end === 'origin' ? g.coordinates[0] : g.coordinates[g.coordinates.length - 1];
	return center ? { center, end } : undefined;
}
