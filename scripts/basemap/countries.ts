import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { clipToBox } from './clip';
import { toFeature } from './geojson';
import { isArea, type Area, type Box, type Line } from './geometry';
import { REGION_DECIMALS } from './precision';

/** world-atlas countries: one geometry per country, with its English name and ISO 3166-1 numeric id. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface CountryProperties {
	id: string;
	name_en: string;
}

/** Kebab-case ASCII slug of a name: "N. Cyprus" → "n-cyprus". */
export function slug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

const countryId = (id: string | number | undefined, name: string) => (id === undefined ? slug(name) : String(id));

/** countries.geojson: the countries clipped to the region, by English name. */
export function buildCountries(topology: CountriesTopology, region: Box): Feature<Area, CountryProperties>[] {
	return feature(topology, topology.objects.countries)
		.features.flatMap((f) => {
			const geometry = isArea(f.geometry) ? clipToBox(f.geometry, region, REGION_DECIMALS) : null;
			const name = f.properties.name;
			return geometry ? [toFeature({ id: countryId(f.id, name), name_en: name }, geometry)] : [];
		})
		.sort((a, b) => a.properties.name_en.localeCompare(b.properties.name_en, 'en'));
}

/** International borders inside the region, one feature per pair of neighbours (a < b, country ids). */
export function buildBoundaries(topology: CountriesTopology, region: Box): Feature<Line, { a: string; b: string }>[] {
	const object = topology.objects.countries;
	const idOf = (g: GeometryObject) => countryId(g.id, (g.properties as { name?: string } | undefined)?.name ?? '');
	const pairOf = (x: GeometryObject, y: GeometryObject) => [idOf(x), idOf(y)].sort().join('|');
	const pairs = new Set<string>();
	mesh(topology, object, (x, y) => {
		if (x !== y) pairs.add(pairOf(x, y));
		return false;
	});
	return [...pairs].sort().flatMap((pair) => {
		const shared = mesh(topology, object, (x, y) => x !== y && pairOf(x, y) === pair);
		const geometry = clipToBox(shared, region, REGION_DECIMALS);
		const [a = '', b = ''] = pair.split('|');
		return geometry ? [toFeature({ a, b }, geometry)] : [];
	});
}

/** Stops the build when the Caspian, which Natural Earth leaves as a gap between countries, is covered by land. */
export function assertOpenWater(countries: Feature<Area, CountryProperties>[], point: Position): void {
	const land = countries.find((c) => booleanPointInPolygon(point, c.geometry));
	if (land) throw new Error(`basemap: ${point.join(',')} (Caspian Sea) lies inside ${land.properties.name_en}`);
}
