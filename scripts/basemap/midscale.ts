// The mid-scale basemap of Kazakhstan (zoom 4.5 to 9): oblast borders and names as of January 2022, and the named
// rivers and Kapchagay reservoir, from the committed extracts in sources/ (made by extract-debian.ts).
import { centerOfMass, pointOnFeature, booleanPointInPolygon, rewind } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { lineString, simplify } from '@turf/turf';
import { boxesOverlap, type Box } from './geometry';

/** The zoom from which the maps draw the mid-scale basemap. */
export const MIDSCALE_MINZOOM = 4.5;

export interface RegionName {
	/** The source's name (Natural Earth admin-1, FIPS code) and the name in January 2022. */
	fips: string;
	kind: 'oblast' | 'city';
	en: string;
	nl: string;
	local: string;
	note?: string;
}

/**
 * Kazakhstan's first-level divisions in January 2022: 14 oblasts and the cities of Almaty and Nur-Sultan (Shymkent,
 * the third city of republican significance since June 2018, has no border in the source: see its note).
 */
export const REGION_NAMES: RegionName[] = [
	{ fips: 'KZ01', kind: 'oblast', en: 'Almaty Region', nl: 'Almaty (regio)', local: 'Алматы облысы' },
	{ fips: 'KZ02', kind: 'city', en: 'Almaty', nl: 'Almaty', local: 'Алматы' },
	{ fips: 'KZ03', kind: 'oblast', en: 'Akmola', nl: 'Akmola', local: 'Ақмола облысы' },
	{ fips: 'KZ04', kind: 'oblast', en: 'Aktobe', nl: 'Aktöbe', local: 'Ақтөбе облысы' },
	{
		fips: 'KZ05',
		kind: 'city',
		en: 'Nur-Sultan',
		nl: 'Nur-Sultan',
		local: 'Нұр-Сұлтан',
		note: 'Astana in the source; Nur-Sultan from March 2019 to September 2022.'
	},
	{ fips: 'KZ06', kind: 'oblast', en: 'Atyrau', nl: 'Atyrau', local: 'Атырау облысы' },
	{ fips: 'KZ07', kind: 'oblast', en: 'West Kazakhstan', nl: 'West-Kazachstan', local: 'Батыс Қазақстан облысы' },
	{ fips: 'KZ08', kind: 'oblast', en: 'Pavlodar', nl: 'Pavlodar', local: 'Павлодар облысы' },
	{ fips: 'KZ09', kind: 'oblast', en: 'Mangystau', nl: 'Mangystau', local: 'Маңғыстау облысы' },
	{
		fips: 'KZ10',
		kind: 'oblast',
		en: 'Turkistan',
		nl: 'Turkestan',
		local: 'Түркістан облысы',
		note: 'South Kazakhstan in the source: renamed Turkistan Region on 19 June 2018, when Shymkent became a city of republican significance. The source has no border for Shymkent, so this area still includes it.'
	},
	{ fips: 'KZ12', kind: 'oblast', en: 'Karaganda', nl: 'Karaganda', local: 'Қарағанды облысы' },
	{ fips: 'KZ13', kind: 'oblast', en: 'Kostanay', nl: 'Kostanaj', local: 'Қостанай облысы' },
	{ fips: 'KZ14', kind: 'oblast', en: 'Kyzylorda', nl: 'Kyzylorda', local: 'Қызылорда облысы' },
	{ fips: 'KZ15', kind: 'oblast', en: 'East Kazakhstan', nl: 'Oost-Kazachstan', local: 'Шығыс Қазақстан облысы' },
	{ fips: 'KZ16', kind: 'oblast', en: 'North Kazakhstan', nl: 'Noord-Kazachstan', local: 'Солтүстік Қазақстан облысы' },
	{ fips: 'KZ17', kind: 'oblast', en: 'Jambyl', nl: 'Jambyl', local: 'Жамбыл облысы' }
];

export interface NamedRiver {
	id: string;
	en: string;
	nl: string;
	local: string;
	/** Points near its source (or where it enters the region) and its mouth: the course runs between. */
	from: Position;
	to: Position;
	/** Points on its course, where the shortest way between its ends would take another river. */
	via?: Position[];
}

export const NAMED_RIVERS: NamedRiver[] = [
	// Through Astana, Atbasar and Petropavl to the Irtysh at Ust-Ishim.
	{ id: 'ishim', en: 'Ishim', nl: 'Isjim', local: 'Есіл', from: [73.9, 50.6], to: [71.2, 57.7] },
	// From the Tekes and Künes in China, through Kapchagay, to Lake Balkhash.
	{ id: 'ili', en: 'Ili', nl: 'Ili', local: 'Іле', from: [82.0, 43.6], to: [74.6, 45.6] },
	// Below the Bukhtarma and Öskemen dams (the 1:50m rivers have it above), through Semey, Pavlodar and Omsk to the Ob.
	{
		id: 'irtysh',
		en: 'Irtysh',
		nl: 'Irtysj',
		local: 'Ертіс',
		from: [82.6, 49.97],
		via: [
			[80.25, 50.42],
			[76.95, 52.3],
			[73.37, 54.98]
		],
		to: [69.0, 61.0]
	},
	// From the Fergana valley through Shardara and Kyzylorda to the Aral Sea.
	{ id: 'syr-darya', en: 'Syr Darya', nl: 'Syr Darja', local: 'Сырдария', from: [71.7, 40.9], to: [61.3, 46.1] },
	// From the southern Urals through Orsk, Orenburg, Oral and Atyrau to the Caspian.
	{ id: 'ural', en: 'Ural', nl: 'Oeral', local: 'Жайық', from: [59.3, 54.0], to: [51.8, 46.95] },
	// From Kyrgyzstan past Tokmok into the Moyynkum sands.
	{ id: 'chu', en: 'Chu', nl: 'Tsjoej', local: 'Шу', from: [75.7, 42.3], to: [68.5, 45.0] },
	// From Kyrgyzstan past Taraz into the Moyynkum sands.
	{ id: 'talas', en: 'Talas', nl: 'Talas', local: 'Талас', from: [73.3, 42.4], to: [70.0, 44.0] }
];

export const RESERVOIR = {
	id: 'kapchagay',
	en: 'Kapchagay Reservoir',
	nl: 'Kaptsjagajstuwmeer',
	local: 'Қапшағай су қоймасы'
};

/** Douglas-Peucker tolerance of the oblast borders, in degrees (about 1 km): enough for zoom 9. */
const BORDER_TOLERANCE = 0.01;

const pointKey = (p: Position) => `${p[0]},${p[1]}`;

/**
 * The edges two areas share (the source's neighbours meet vertex for vertex), joined into lines in a stable order.
 * @example sharedEdges(two squares side by side) // → [[[1, 0], [1, 1]]]
 */
export function sharedEdges(areas: Feature<Polygon | MultiPolygon>[]): Position[][] {
	const owners = new Map<string, Set<number>>();
	const at = new Map<string, Position>();
	const edgeKey = (a: Position, b: Position) => [pointKey(a), pointKey(b)].sort().join(' ');
	areas.forEach((area, i) => {
		const polys = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
		for (const ring of polys.flat())
			for (let j = 1; j < ring.length; j++) {
				const [a, b] = [ring[j - 1]!, ring[j]!];
				at.set(pointKey(a), a).set(pointKey(b), b);
				const k = edgeKey(a, b);
				owners.set(k, (owners.get(k) ?? new Set()).add(i));
			}
	});
	const shared = [...owners].filter(([, o]) => o.size > 1).map(([k]) => k.split(' ') as [string, string]);
	// Join the edges into lines: a line runs on through a point where exactly two shared edges meet.
	const next = new Map<string, string[]>();
	for (const [a, b] of shared) {
		next.set(a, [...(next.get(a) ?? []), b]);
		next.set(b, [...(next.get(b) ?? []), a]);
	}
	const used = new Set<string>();
	const lines: Position[][] = [];
	const walk = (from: string, to: string) => {
		const line = [from];
		let [prev, here] = [from, to];
		for (;;) {
			used.add([prev, here].sort().join(' '));
			line.push(here);
			const onward = next.get(here)!.filter((n) => n !== prev);
			if (next.get(here)!.length !== 2 || used.has([here, onward[0]!].sort().join(' '))) break;
			[prev, here] = [here, onward[0]!];
		}
		lines.push(line.map((k) => at.get(k)!));
	};
	const ends = [...next.keys()].filter((k) => next.get(k)!.length !== 2).sort();
	for (const start of [...ends, ...[...next.keys()].sort()])
		for (const n of next.get(start)!) if (!used.has([start, n].sort().join(' '))) walk(start, n);
	return lines;
}

type Area = Feature<Polygon | MultiPolygon, { fips: string; source_name: string }>;
type Water = Feature<LineString | Polygon, { kind: string; id: string }>;

/**
 * The oblasts file: the borders between the divisions (shared edges only: the country's own border is drawn by
 * boundaries.geojson) as `kind: "border"` lines, and a name point per division (`kind` `oblast` or `city`).
 */
export function buildOblasts(areas: Area[], region: Box): Feature[] {
	const inRegion = areas.filter((a) => a.bbox === undefined || boxesOverlap(a.bbox, region));
	if (inRegion.length === 0) return [];
	const lines: Feature[] = sharedEdges(inRegion).map((coordinates) => ({
		type: 'Feature',
		properties: { kind: 'border' },
		geometry: {
			type: 'LineString',
			coordinates: simplify(lineString(coordinates), { tolerance: BORDER_TOLERANCE, highQuality: true }).geometry
				.coordinates
		}
	}));
	const names: Feature<Point>[] = inRegion.map((a) => {
		const name = REGION_NAMES.find((n) => n.fips === a.properties.fips);
		if (!name)
			throw new Error(`buildOblasts: no January 2022 name for ${a.properties.fips} (${a.properties.source_name})`);
		// The centre of mass, unless it falls outside (a crescent): then a point surely inside.
		const centre = centerOfMass(a);
		const at = booleanPointInPolygon(centre, a) ? centre : pointOnFeature(a);
		const round = (v: number) => Math.round(v * 1e3) / 1e3;
		return {
			type: 'Feature',
			properties: {
				kind: name.kind,
				id: name.en.toLowerCase().replace(/ /g, '-'),
				name_en: name.en,
				name_nl: name.nl,
				local: name.local,
				source_name: a.properties.source_name,
				...(name.note ? { note: name.note } : {})
			},
			geometry: { type: 'Point', coordinates: at.geometry.coordinates.map(round) }
		};
	});
	return [...lines, ...names];
}

/** A feature of waterways.geojson. */
export type Waterway = Feature<
	LineString | MultiLineString | Polygon | MultiPolygon,
	{ kind: string; id: string; name_en: string; name_nl: string; local: string }
>;

/** The waterways file: the named rivers (`kind: "river"`) and Kapchagay reservoir (`kind: "reservoir"`), named. */
export function buildWaterways(water: Water[], region: Box): Waterway[] {
	return water.flatMap((w) => {
		const name = w.properties.kind === 'reservoir' ? RESERVOIR : NAMED_RIVERS.find((r) => r.id === w.properties.id);
		if (!name) throw new Error(`buildWaterways: unknown ${w.properties.kind} ${w.properties.id}`);
		const coords = (
			w.geometry.type === 'Polygon' ? w.geometry.coordinates.flat() : w.geometry.coordinates
		) as Position[];
		const lons = coords.map((p) => p[0]!);
		const lats = coords.map((p) => p[1]!);
		if (!boxesOverlap([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], region)) return [];
		const properties = { kind: w.properties.kind, id: name.id, name_en: name.en, name_nl: name.nl, local: name.local };
		return [
			{ ...w, properties, geometry: w.geometry.type === 'Polygon' ? rewind(w.geometry) : w.geometry } as Waterway
		];
	});
}
