import { bboxPolygon, difference, featureCollection, polygon } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { splitAtAntimeridian } from './antimeridian';
import { lineOutsideBox } from './clip';
import type { CountriesTopology } from './countries';
import { toFeature } from './geojson';
import { densifyGeometry, roundGeometry, type Box, type Line } from './geometry';
import { DENSIFY_STEP, WORLD_DECIMALS } from './precision';

/** world-atlas land: one geometry for all land. */
export type LandTopology = Topology<{ land: GeometryCollection }>;

/** World land at 1:110m with the region cut out (the 1:50m files cover it), plus borders outside the region. */
export function buildWorld(
	land110: LandTopology,
	countries110: CountriesTopology,
	region: Box
): Feature<Polygon | Line, { kind: 'land' | 'boundary' }>[] {
	const land = feature(land110, land110.objects.land).features.flatMap((f) =>
		f.geometry.type === 'Polygon'
			? [f.geometry.coordinates]
			: f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates
				: []
	);
	const outside = land.flatMap(splitAtAntimeridian).flatMap((rings) => {
		const cut = difference(featureCollection([polygon(rings), bboxPolygon(region)]));
		if (!cut) return [];
		const parts = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
		return parts.flatMap((coordinates) => {
			const piece = densifyGeometry<Polygon>({ type: 'Polygon', coordinates }, DENSIFY_STEP);
			const geometry = roundGeometry(piece, WORLD_DECIMALS);
			return geometry ? [toFeature({ kind: 'land' as const }, geometry)] : [];
		});
	});
	const borders = mesh(countries110, countries110.objects.countries, (a, b) => a !== b);
	const borderLines = borders.coordinates
		.flatMap((line) => lineOutsideBox(line, region))
		.flatMap((coordinates) => {
			const line = densifyGeometry<LineString>({ type: 'LineString', coordinates }, DENSIFY_STEP);
			const geometry = roundGeometry(line, WORLD_DECIMALS);
			return geometry ? [toFeature({ kind: 'boundary' as const }, geometry)] : [];
		});
	return [...outside, ...borderLines];
}
