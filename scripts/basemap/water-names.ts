// Natural Earth's lake and river layers in these packages carry no names: they are named here.
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { Position } from 'geojson';
import type { Area, Line } from './geometry';

/** How far from a river line a known point may lie and still name it. */
export const RIVER_MATCH_KM = 10;

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
