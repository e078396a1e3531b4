import type { Feature, Geometry, LineString, MultiLineString, Position } from 'geojson';
import type { Lang } from '../../i18n';
import { basemapColors, city, cityColors, cityRoadWidth, dashArray, widths } from '../symbology';
import { pathOf } from './basemap';
import { attrs, escapeXml, num } from './escape';
import type { Frame } from './project';
import { textWidth, type Collider } from './text';

type Props = Record<string, unknown>;

/** The city tiles' features by OpenMapTiles layer (`transportation`, `water`, …), in longitude and latitude. */
export type CityFeatures = Record<string, Feature<Geometry, Props>[]>;

const roadClasses = new Set(city.roadWidths.map(([c]) => c));
const majorClasses = new Set(['motorway', 'trunk', 'primary', 'secondary']);

const fill = (frame: Frame, part: string, features: Feature<Geometry, Props>[], color: string) => {
	const d = pathOf(frame, features);
	return d ? `<path${attrs({ 'data-city': part, fill: color, d })}/>` : '';
};

function stroke(
	frame: Frame,
	part: string,
	features: Feature<Geometry, Props>[],
	style: { color: string; width: number; dash?: readonly number[] }
): string {
	const d = pathOf(frame, features);
	if (!d) return '';
	const a = attrs({
		'data-city': part,
		fill: 'none',
		stroke: style.color,
		'stroke-width': num(style.width),
		'stroke-linecap': style.dash ? undefined : 'round',
		'stroke-linejoin': 'round',
		'stroke-dasharray': style.dash ? dashArray(style.dash, style.width) : undefined,
		d
	});
	return `<path${a}/>`;
}

const ofClass = (features: Feature<Geometry, Props>[] | undefined, test: (c: string) => boolean) =>
	(features ?? []).filter((f) => test(String(f.properties?.class ?? '')));

/**
 * The city tiles' shapes, as `cityLayers` draws them in MapLibre (same order, palette and widths, from the same
 * zooms): parks, water, rivers, buildings, rail, paths, then roads over their casings, minor below major.
 */
export function renderCity(features: CityFeatures, frame: Frame): string {
	const z = frame.zoom;
	const roads = ofClass(features.transportation, (c) => roadClasses.has(c));
	// Narrow roads first, so a major road's casing and fill lie over the minor roads that meet it.
	const byWidth = [...new Set(roads.map((f) => String(f.properties.class)))].sort(
		(a, b) => cityRoadWidth(a, z) - cityRoadWidth(b, z)
	);
	const parts = [
		fill(frame, 'park', features.park ?? [], cityColors.park),
		fill(frame, 'water', features.water ?? [], basemapColors.water),
		stroke(frame, 'waterway', features.waterway ?? [], {
			color: basemapColors.river,
			width: 1 + (3 * Math.min(6, Math.max(0, z - 10))) / 6
		}),
		z >= city.buildingMinzoom ? fill(frame, 'building', features.building ?? [], cityColors.building) : '',
		stroke(
			frame,
			'rail',
			ofClass(features.transportation, (c) => c === 'rail' || c === 'transit'),
			{ color: cityColors.rail, width: city.railWidth, dash: city.railDash }
		),
		stroke(
			frame,
			'path',
			ofClass(features.transportation, (c) => c === 'path'),
			{ color: cityColors.path, width: city.pathWidth, dash: city.pathDash }
		),
		...byWidth.flatMap((c) => {
			const ofThis = roads.filter((f) => f.properties.class === c);
			const major = majorClasses.has(c);
			return [
				stroke(frame, `road-casing ${c}`, ofThis, {
					color: major ? cityColors.majorCasing : cityColors.roadCasing,
					width: cityRoadWidth(c, z, 2 * city.casing)
				}),
				stroke(frame, `road ${c}`, ofThis, {
					color: major ? cityColors.majorRoad : cityColors.road,
					width: cityRoadWidth(c, z)
				})
			];
		})
	];
	const drawn = parts.filter(Boolean).join('');
	return drawn ? `<g data-basemap="city">${drawn}</g>` : '';
}

/** A city name as the map draws it: in `color`, with the basemap's white halo; `place` its position attributes. */
const haloText = (name: string, size: number, color: string, place: Record<string, string | number>) =>
	`<text${attrs({
		...place,
		'font-size': size,
		fill: color,
		stroke: basemapColors.halo,
		'stroke-width': widths.basemapLabelHalo * 2,
		'stroke-linejoin': 'round',
		'paint-order': 'stroke'
	})}>${escapeXml(name)}</text>`;

/** A feature's name in `lang` where it has one (`name_en`), else the local name. */
const cityName = (p: Props, lang: Lang) => String(p[`name_${lang}`] ?? p.name ?? '');

/** The projected pieces of a line inside the view, each a list of points. */
function projectedLines(frame: Frame, g: Geometry): [number, number][][] {
	const lines: Position[][] =
		g.type === 'LineString'
			? [(g as LineString).coordinates]
			: g.type === 'MultiLineString'
				? (g as MultiLineString).coordinates
				: [];
	return lines.map((line) =>
		line.flatMap((p) => {
			const xy = frame.projection([p[0]!, p[1]!]);
			return xy ? [xy as [number, number]] : [];
		})
	);
}

const lengthOf = (pts: [number, number][]) =>
	pts.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.hypot(p[0] - pts[i - 1]![0], p[1] - pts[i - 1]![1])), 0);

/** The part of a line between `from` and `to` pixels along it. */
function slice(pts: [number, number][], from: number, to: number): [number, number][] {
	const out: [number, number][] = [];
	let at = 0;
	for (let i = 1; i < pts.length; i++) {
		const [a, b] = [pts[i - 1]!, pts[i]!];
		const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
		const lerp = (d: number): [number, number] => {
			const t = len === 0 ? 0 : (d - at) / len;
			return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
		};
		if (at + len >= from && at <= to) {
			if (out.length === 0) out.push(lerp(Math.max(from, at)));
			out.push(lerp(Math.min(to, at + len)));
		}
		at += len;
	}
	return out;
}

/** Where along a street its name goes: the middle, else a little to either side, where it is straight and free. */
function streetLabelPiece(
	pts: [number, number][],
	w: number,
	size: number,
	collider: Collider
): [number, number][] | null {
	const len = lengthOf(pts);
	for (const at of [0.5, 0.35, 0.65, 0.2, 0.8]) {
		const mid = Math.min(len - w / 2 - size / 2, Math.max(w / 2 + size / 2, at * len));
		let piece = slice(pts, mid - w / 2 - size / 2, mid + w / 2 + size / 2);
		if (piece.length < 2) continue;
		const [first, last] = [piece[0]!, piece.at(-1)!];
		// A street bending under its name would garble it: only nearly straight pieces.
		if (lengthOf(piece) > 1.15 * Math.hypot(last[0] - first[0], last[1] - first[1])) continue;
		if (last[0] < first[0]) piece = [...piece].reverse();
		const xs = piece.map((p) => p[0]);
		const ys = piece.map((p) => p[1]);
		const box = {
			x0: Math.min(...xs) - size / 2,
			y0: Math.min(...ys) - size / 2,
			x1: Math.max(...xs) + size / 2,
			y1: Math.max(...ys) + size / 2
		};
		if (collider.place(box)) return piece;
	}
	return null;
}

/**
 * Street names along their streets and landmark names, placed after the basemap's labels (`collider` holds them and
 * the story's), as MapLibre places them below: each street's name once, on its longest piece in view, along the middle
 * of it or else a little to either side, reading left to right; a name that would collide with a label placed before
 * is left out.
 */
export function renderCityNames(features: CityFeatures, frame: Frame, lang: Lang, collider: Collider): string {
	const size = city.streetSize;
	const longest = new Map<string, [number, number][]>();
	for (const f of features.transportation_name ?? []) {
		const name = cityName(f.properties, lang);
		if (!name) continue;
		for (const pts of projectedLines(frame, f.geometry))
			if (pts.length > 1 && lengthOf(pts) > lengthOf(longest.get(name) ?? [])) longest.set(name, pts);
	}
	const texts: string[] = [];
	const ranked = [...longest].sort((a, b) => lengthOf(b[1]) - lengthOf(a[1]));
	for (const [name, pts] of ranked) {
		const w = textWidth(name, size);
		if (lengthOf(pts) < w + 2 * size) continue;
		const piece = streetLabelPiece(pts, w, size, collider);
		if (!piece) continue;
		// Along the piece's chord: the piece is nearly straight, and the name stays one run of text in a PDF.
		const [first, last] = [piece[0]!, piece.at(-1)!];
		const [x, y] = slice(piece, lengthOf(piece) / 2, lengthOf(piece) / 2)[0] ?? first;
		const angle = (Math.atan2(last[1] - first[1], last[0] - first[0]) * 180) / Math.PI;
		texts.push(
			haloText(name, size, cityColors.streetLabel, {
				transform: `translate(${num(x)} ${num(y)}) rotate(${num(angle)})`,
				'text-anchor': 'middle',
				dy: '0.35em'
			})
		);
	}
	const pois =
		frame.zoom >= city.poiMinzoom
			? [...(features.poi ?? [])]
					.sort((a, b) => Number(a.properties.rank ?? 9) - Number(b.properties.rank ?? 9))
					.flatMap((f) => {
						const name = cityName(f.properties, lang);
						const xy =
							f.geometry.type === 'Point' ? frame.projection(f.geometry.coordinates as [number, number]) : null;
						if (!name || !xy) return [];
						const w = textWidth(name, city.poiSize);
						const box = {
							x0: xy[0] - w / 2,
							y0: xy[1] - city.poiSize / 2,
							x1: xy[0] + w / 2,
							y1: xy[1] + city.poiSize / 2
						};
						if (!collider.place(box)) return [];
						return [
							haloText(name, city.poiSize, cityColors.poiLabel, {
								x: num(xy[0]),
								y: num(xy[1]),
								dy: '0.35em',
								'text-anchor': 'middle'
							})
						];
					})
			: [];
	if (texts.length === 0 && pois.length === 0) return '';
	return `<g data-basemap="city-names">${texts.join('')}${pois.join('')}</g>`;
}
