import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountryProperties } from './basemap/countries';
import { CASPIAN_POINT, type LabelProperties } from './basemap/labels';
import { regionFromStory } from './basemap/region';
import { inBox } from './basemap/test-shapes';
import type { WaterProperties } from './basemap/water';
import { buildBasemap, countryPlaceNames, storyPoints } from './build-basemap';

const FILES = ['countries', 'boundaries', 'world', 'water', 'rivers', 'labels'] as const;
const REGION = regionFromStory(fileURLToPath(new URL('../geo', import.meta.url)));
const basemapUrl = (file: string) => new URL(`../geo/basemap/${file}`, import.meta.url);
const text = (file: string) => readFileSync(basemapUrl(file), 'utf8');
const read = <G extends Geometry, P>(name: (typeof FILES)[number]) =>
	JSON.parse(text(`${name}.geojson`)) as FeatureCollection<G, P>;

const countries = read<Polygon | MultiPolygon, CountryProperties>('countries');
const water = read<Polygon | MultiPolygon, WaterProperties>('water');
const labels = read<Point, LabelProperties>('labels');
const world = read<Geometry, { kind: string }>('world');

function positions(geometry: Geometry): Position[] {
	switch (geometry.type) {
		case 'Point':
			return [geometry.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return geometry.coordinates;
		case 'Polygon':
		case 'MultiLineString':
			return geometry.coordinates.flat();
		case 'MultiPolygon':
			return geometry.coordinates.flat(2);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(positions);
	}
}

const label = (en: string) => labels.features.find((f) => f.properties.name.en === en);
const inAnyCountry = (p: Position) => countries.features.some((c) => booleanPointInPolygon(p, c.geometry));

describe('geo/basemap files', () => {
	it.each(FILES)('%s.geojson is a FeatureCollection of valid, non-empty features, one per line', (name) => {
		const raw = text(`${name}.geojson`);
		const fc = JSON.parse(raw) as FeatureCollection;
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBeGreaterThan(0);
		expect(raw.trim().split('\n')).toHaveLength(fc.features.length + 2);
		for (const f of fc.features) {
			expect(f.type).toBe('Feature');
			expect(['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']).toContain(f.geometry.type);
			const ps = positions(f.geometry);
			expect(ps.length).toBeGreaterThan(0);
			for (const p of ps) expect(p.every(Number.isFinite) && p.length === 2).toBe(true);
			const rings =
				f.geometry.type === 'Polygon'
					? [f.geometry.coordinates]
					: f.geometry.type === 'MultiPolygon'
						? f.geometry.coordinates
						: [];
			for (const ring of rings.flat()) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				expect(ring[0]).toEqual(ring[ring.length - 1]);
			}
		}
	});

	it.each(FILES.filter((f) => f !== 'world'))('%s.geojson stays inside the region bbox', (name) => {
		for (const f of read(name).features)
			for (const p of positions(f.geometry)) expect(inBox(p, REGION), `${p}`).toBe(true);
	});

	it('world.geojson covers the world except the region, so nothing is drawn twice', () => {
		const [w, s, e, n] = REGION;
		const strictlyInside = ([lon = 0, lat = 0]: Position) => lon > w && lon < e && lat > s && lat < n;
		for (const f of world.features) {
			expect(['land', 'boundary']).toContain(f.properties.kind);
			for (const p of positions(f.geometry)) {
				expect(inBox(p, [-180, -90, 180, 90])).toBe(true);
				expect(strictlyInside(p), `${p}`).toBe(false);
			}
		}
		const land = world.features.filter((f) => f.geometry.type === 'Polygon') as Feature<Polygon>[];
		const onLand = (p: Position) => land.some((f) => booleanPointInPolygon(p, f));
		expect(onLand([-77.04, 38.9]), 'Washington').toBe(true);
		expect(onLand([6.14, 46.2]), 'Geneva').toBe(true);
		expect(onLand([105.85, 21.03]), 'Hanoi').toBe(true);
		expect(onLand([-30, 30]), 'Atlantic').toBe(false);
	});

	it('has Lake Balkhash, taken from 1:110m since the 1:50m lakes lack it', () => {
		const balkhash = water.features.find((f) => booleanPointInPolygon([74.5, 46.4], f.geometry));
		expect(balkhash?.properties).toMatchObject({
			name_en: 'Lake Balkhash',
			name_nl: 'Balkasjmeer',
			name_local: 'Балқаш көлі'
		});
	});

	it('names the Aral Sea, Issyk-Kul, Zaysan and Alakol', () => {
		const named = water.features.map((f) => f.properties.name_en);
		expect(named).toEqual(expect.arrayContaining(['Aral Sea', 'Issyk-Kul', 'Lake Zaysan', 'Lake Alakol']));
	});

	it('leaves the Caspian Sea open: [51, 42] is in no country and no land', () => {
		expect(inAnyCountry(CASPIAN_POINT)).toBe(false);
		expect(
			world.features.some((f) => f.geometry.type === 'Polygon' && booleanPointInPolygon([51, 42], f.geometry))
		).toBe(false);
		expect(label('Caspian Sea')?.properties.kind).toBe('sea');
	});

	it('labels Almaty in Kazakh near 76.9 E, 43.25 N', () => {
		const almaty = label('Almaty');
		expect(almaty?.properties).toMatchObject({ kind: 'city', local: 'Алматы', rank: 1 });
		expect(distance(almaty?.geometry.coordinates ?? [0, 0], [76.9, 43.25])).toBeLessThan(10);
	});

	it('names the capital Nur-Sultan, as it was called in January 2022', () => {
		expect(label('Nur-Sultan')?.properties).toMatchObject({
			kind: 'capital',
			local: 'Нұр-Сұлтан',
			name: { nl: 'Nur-Sultan' }
		});
	});

	it('puts every capital and city inside a country, with a source for its coordinates', () => {
		const places = labels.features.filter((f) => ['capital', 'city'].includes(f.properties.kind));
		expect(places.length).toBeGreaterThanOrEqual(25);
		for (const place of places) {
			expect(inAnyCountry(place.geometry.coordinates), place.properties.name.en).toBe(true);
			expect(place.properties.source.length).toBeGreaterThan(5);
		}
	});

	it('puts each country label inside its own country', () => {
		for (const f of labels.features.filter((l) => l.properties.kind === 'country')) {
			const country = countries.features.find((c) => c.properties.name_en === f.properties.name.en);
			expect(country && booleanPointInPolygon(f.geometry.coordinates, country.geometry), f.properties.name.en).toBe(
				true
			);
		}
	});

	it('has the main airports from zoom 6, but not the one the story maps itself (its CSTO landing at Almaty)', () => {
		const airports = labels.features.filter((f) => f.properties.kind === 'airport');
		expect(airports.map((f) => f.properties.name.en).sort()).toEqual(
			['Aktau Airport', 'Aktobe Airport', 'Atyrau Airport', 'Nur-Sultan Airport', 'Shymkent Airport'].sort()
		);
		for (const f of airports) expect(f.properties.rank).toBe(5);
		const geo = fileURLToPath(new URL('../geo', import.meta.url));
		expect(storyPoints(geo)).toContainEqual([77.04472, 43.35528]);
	});

	it('gives the major Kazakh cities their Kazakh names', () => {
		const local = Object.fromEntries(labels.features.map((f) => [f.properties.name.en, f.properties.local]));
		expect(local).toMatchObject({
			Shymkent: 'Шымкент',
			Karaganda: 'Қарағанды',
			Aktobe: 'Ақтөбе',
			Atyrau: 'Атырау',
			Aktau: 'Ақтау',
			Pavlodar: 'Павлодар',
			Oskemen: 'Өскемен',
			Semey: 'Семей',
			Zhanaozen: 'Жаңаөзен',
			Moscow: 'Москва'
		});
	});

	it('is what the script builds, byte for byte, within the size budget', () => {
		const geo = fileURLToPath(new URL('../geo', import.meta.url));
		const built = buildBasemap(REGION, countryPlaceNames(geo), storyPoints(geo));
		let gzipped = 0;
		for (const [file, content] of Object.entries(built)) {
			expect(content, `${file} is stale: run npx tsx scripts/build-basemap.ts`).toBe(text(file));
			gzipped += gzipSync(content, { level: 9 }).length;
		}
		expect(gzipped).toBeLessThan(125_000);
	}, 60_000);
});
