import { distance, greatCircle } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Place } from './places';

/** Great-circle distance in kilometres between where two places are centred. Example: Almaty to Nur-Sultan ≈ 970. */
export function distanceKm(a: Pick<Place, 'center'>, b: Pick<Place, 'center'>): number {
	return distance(a.center, b.center, { units: 'kilometers' });
}

/** The great-circle line between two places, for the map to draw while a distance is shown. */
export function distanceLine(
	a: Pick<Place, 'center'>,
	b: Pick<Place, 'center'>
): Feature<LineString | MultiLineString> {
	return greatCircle(a.center, b.center, { npoints: 64 });
}
