import { bbox } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { splitAtAntimeridian } from './antimeridian';
import type { CountriesTopology } from './countries';
import { toFeature } from './geojson';
import { densifyGeometry, roundGeometry, type Box } from './geometry';
import { DENSIFY_STEP, WORLD_DECIMALS } from './precision';

/** Story names that Natural Earth spells otherwise. */
const NATURAL_EARTH_NAMES: Record<string, string> = { 'United States': 'United States of America' };

const withinBox = ([w, s, e, n]: BBox, [bw, bs, be, bn]: Box) => w >= bw && s >= bs && e <= be && n <= bn;

/**
 * outlines.json: whole outlines (1:110m) of the countries the story places to country level (`names`, as the story
 * spells them) that the region's countries.geojson clips or lacks, so a country-level place is drawn as its country.
 * Example: region [20, 25, 100, 62] and ['Vietnam', 'Kazakhstan'] → Vietnam only (Kazakhstan lies whole in the region).
 */
export function buildOutlines(
	countries110: CountriesTopology,
	region: Box,
	names: string[]
): Feature<MultiPolygon, { name_en: string }>[] {
	const all = feature(countries110, countries110.objects.countries).features;
	return [...new Set(names)]
		.sort((a, b) => a.localeCompare(b, 'en'))
		.flatMap((name) => {
			const country = all.find((f) => f.properties.name === (NATURAL_EARTH_NAMES[name] ?? name));
			const g = country?.geometry;
			if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
			const polygons: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
			const pieces = polygons.flatMap(splitAtAntimeridian);
			const whole: MultiPolygon = { type: 'MultiPolygon', coordinates: pieces };
			if (withinBox(bbox(whole), region)) return [];
			const geometry = roundGeometry(densifyGeometry(whole, DENSIFY_STEP), WORLD_DECIMALS);
			return geometry ? [toFeature({ name_en: name }, geometry)] : [];
		});
}
