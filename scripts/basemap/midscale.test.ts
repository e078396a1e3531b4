import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, bbox } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { sharedEdges } from './midscale';
import { riverCourse } from './river-course';

const read = (file: string) =>
	JSON.parse(readFileSync(new URL(`../../geo/basemap/${file}`, import.meta.url), 'utf8')) as FeatureCollection;
const oblasts = read('oblasts.geojson');
const waterways = read('waterways.geojson');
const countries = read('countries.geojson') as FeatureCollection<Polygon | MultiPolygon, { name_en: string }>;
const kazakhstan = countries.features.find((f) => f.properties.name_en === 'Kazakhstan')!;
const names = oblasts.features.filter((f) => f.properties?.kind !== 'border') as Feature<Point>[];
const nameOf = (f: Feature) => f.properties?.name_en as string;
// Kazakhstan's neighbourhood: its box and a degree around.
const [w, s, e, n] = bbox(kazakhstan);
const near = ([lon, lat]: Position) => lon! >= w - 1 && lon! <= e + 1 && lat! >= s - 1 && lat! <= n + 1;

describe('geo/basemap/oblasts.geojson: Kazakhstan in January 2022', () => {
	it('names the 14 oblasts and the cities of Almaty and Nur-Sultan, with their 2022 names', () => {
		const oblast = names.filter((f) => f.properties?.kind === 'oblast').map(nameOf);
		expect(oblast.sort()).toEqual(
			[
				'Akmola',
				'Aktobe',
				'Almaty Region',
				'Atyrau',
				'East Kazakhstan',
				'Jambyl',
				'Karaganda',
				'Kostanay',
				'Kyzylorda',
				'Mangystau',
				'North Kazakhstan',
				'Pavlodar',
				'Turkistan',
				'West Kazakhstan'
			].sort()
		);
		expect(
			names
				.filter((f) => f.properties?.kind === 'city')
				.map(nameOf)
				.sort()
		).toEqual(['Almaty', 'Nur-Sultan']);
		// Neither the pre-2018 names nor the oblasts of June 2022.
		for (const old of ['South Kazakhstan', 'Astana', 'Abai', 'Jetisu', 'Ulytau'])
			expect(names.map(nameOf)).not.toContain(old);
	});

	it('says that Turkistan still includes Shymkent, which the source draws no border for', () => {
		const turkistan = names.find((f) => nameOf(f) === 'Turkistan')!;
		expect(turkistan.properties?.source_name).toBe('South Kazakhstan');
		expect(turkistan.properties?.note).toMatch(/Shymkent/);
	});

	it('puts each name inside Kazakhstan, and in Kazakh', () => {
		for (const f of names) {
			expect(booleanPointInPolygon(f.geometry.coordinates, kazakhstan), nameOf(f)).toBe(true);
			expect(f.properties?.local).toMatch(/^[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі -]+$/);
		}
		const astana = names.find((f) => nameOf(f) === 'Nur-Sultan')!.geometry.coordinates;
		expect(Math.hypot(astana[0]! - 71.45, astana[1]! - 51.15)).toBeLessThan(0.3);
	});

	it('draws the borders between them, and not the country’s own border', () => {
		const borders = oblasts.features.filter((f) => f.properties?.kind === 'border') as Feature<LineString>[];
		expect(borders.length).toBeGreaterThan(15);
		for (const b of borders) for (const p of b.geometry.coordinates) expect(near(p)).toBe(true);
		// Karaganda and Akmola meet south of Nur-Sultan, near 51 N: some border runs there.
		const crosses = borders.some((b) =>
			b.geometry.coordinates.some(([lon, lat]) => lon! > 70 && lon! < 73 && Math.abs(lat! - 50.6) < 0.5)
		);
		expect(crosses).toBe(true);
	});
});

describe('geo/basemap/waterways.geojson', () => {
	const river = (en: string) =>
		waterways.features.find((f) => f.properties?.kind === 'river' && nameOf(f) === en) as Feature<LineString>;

	it.each([
		['Ishim', [71.43, 51.17]], // Astana
		['Ili', [76.28, 44.8]], // Bakanas
		['Irtysh', [80.25, 50.42]], // Semey
		['Syr Darya', [65.5, 44.85]], // Kyzylorda
		['Ural', [51.37, 51.23]], // Oral
		['Chu', [75.3, 42.84]], // Tokmok
		['Talas', [71.37, 42.9]] // Taraz
	] as [string, Position][])('has the %s, in Kazakhstan’s neighbourhood, past a town on its banks', (en, town) => {
		const line = river(en);
		expect(line, en).toBeDefined();
		expect(line.geometry.coordinates.filter(near).length / line.geometry.coordinates.length).toBeGreaterThan(0.3);
		const km = Math.min(
			...line.geometry.coordinates.map(
				([lon, lat]) => Math.hypot((lon! - town[0]!) * Math.cos((lat! * Math.PI) / 180), lat! - town[1]!) * 111
			)
		);
		expect(km).toBeLessThan(15);
	});

	it('has Kapchagay reservoir, north of Almaty, as an area', () => {
		const r = waterways.features.find((f) => f.properties?.kind === 'reservoir')!;
		expect(nameOf(r)).toBe('Kapchagay Reservoir');
		expect(booleanPointInPolygon([77.5, 43.85], r as Feature<Polygon>)).toBe(true);
	});
});

describe('sharedEdges', () => {
	it('gives the edge two squares share, and nothing of their outer edges', () => {
		const square = (x: number): Feature<Polygon> => ({
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[x, 0],
						[x + 1, 0],
						[x + 1, 1],
						[x, 1],
						[x, 0]
					]
				]
			}
		});
		const lines = sharedEdges([square(0), square(1)]);
		expect(lines).toHaveLength(1);
		expect(lines[0]!.map(String).sort()).toEqual(['1,0', '1,1']);
	});
});

describe('riverCourse', () => {
	it('follows the main stem and leaves the tributary out', () => {
		const net: [number, number][][] = [
			[
				[0, 0],
				[1, 0]
			],
			[
				[1, 0],
				[2, 0]
			],
			[
				[1, 0],
				[1, 1]
			]
		];
		expect(riverCourse(net, [0, 0], [2, 0])).toEqual([
			[0, 0],
			[1, 0],
			[2, 0]
		]);
	});

	it('bridges a short gap, such as a lake the river runs through', () => {
		const net: [number, number][][] = [
			[
				[0, 0],
				[0.1, 0]
			],
			[
				[0.3, 0],
				[0.4, 0]
			]
		];
		expect(riverCourse(net, [0, 0], [0.4, 0])).toHaveLength(4);
	});
});
