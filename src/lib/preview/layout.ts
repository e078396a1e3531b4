import type { Geometry, Position } from 'geojson';
import { formatDateRange } from '../i18n';
import type { Place } from '../places/places';
import { fitView } from '../print/fit';
import { INK } from '../render/colors';
import { fromWorld, toWorld } from '../render/mercator';
import { escapeXml, type SvgView } from '../render/svg';
import { textWidth } from '../render/svg/text';
import type { StoryMeta } from '../story/types';

/** A link preview's size (Open Graph's and X's large card): 1.91 : 1. */
export const PREVIEW = { width: 1200, height: 630 } as const;
/** The band of text along the bottom; the map fills the rest. */
const BAND = 150;
/** The map's part of the image. */
export const PREVIEW_MAP = { width: PREVIEW.width, height: PREVIEW.height - BAND } as const;
/**
 * How close a preview comes to a place: zoom 7 shows a city with its surroundings (some 1,000 km across), where the
 * story's detailed basemap still has rivers, lakes and towns to draw; closer, a building's preview would be an empty
 * plain. Outside the story's region the basemap is the coarse world map: zoom 5 shows the neighbouring countries.
 */
export const PREVIEW_ZOOM = { region: 7, world: 5 } as const;
const PADDING = 60;
const MARGIN = 48;
const PAPER = '#fffdf7';
const GREY = '#4b5563';

type Box = [number, number, number, number];

/**
 * The box round a geometry, across the 180th meridian where that is narrower (Russia's outline: 19° E to 169° W
 * as 19° to 191°, not the whole globe).
 * @example geometryBounds({ type: 'MultiPoint', coordinates: [[170, 60], [-170, 65]] }) // → [170, 60, 190, 65]
 */
export function geometryBounds(geometry: Geometry): Box | undefined {
	const points: Position[] = [];
	const collect = (g: Geometry) => {
		if (g.type === 'GeometryCollection') return g.geometries.forEach(collect);
		const walk = (c: unknown): void => {
			if (typeof (c as number[])[0] === 'number') points.push(c as Position);
			else (c as unknown[]).forEach(walk);
		};
		walk(g.coordinates);
	};
	collect(geometry);
	if (!points.length) return undefined;
	const box = (lons: number[]): Box => [
		Math.min(...lons),
		Math.min(...points.map((p) => p[1]!)),
		Math.max(...lons),
		Math.max(...points.map((p) => p[1]!))
	];
	const plain = box(points.map((p) => p[0]!));
	const shifted = box(points.map((p) => (p[0]! < 0 ? p[0]! + 360 : p[0]!)));
	return shifted[2] - shifted[0] < plain[2] - plain[0] ? shifted : plain;
}

/**
 * The camera of a place's preview: the place's marker in the middle, as the spotlight rings it, and round it what the
 * map draws for the place (a country's whole outline, else its box, the area of uncertainty included), fitted into
 * the map's part of the image and no closer than `maxZoom`.
 * @example previewView({ center: [76.95, 43.24], bounds: [76.95, 43.24, 76.95, 43.24] }) // → that centre, zoom 7
 */
export function previewView(
	place: Pick<Place, 'bounds' | 'center'>,
	outline?: Box,
	maxZoom: number = PREVIEW_ZOOM.region
): SvgView {
	const [w, s, e, n] = outline ?? place.bounds;
	const [cx, cy] = toWorld(place.center);
	const [x0, y0] = toWorld([w, n]);
	const [x1, y1] = toWorld([e, s]);
	// The box made even round the marker, so that centring on the marker keeps all of it in view.
	const [dx, dy] = [Math.max(cx - x0, x1 - cx, 0), Math.max(cy - y0, y1 - cy, 0)];
	const sw = fromWorld([cx - dx, cy + dy]);
	const ne = fromWorld([cx + dx, cy - dy]);
	const { zoom } = fitView([sw, ne], PREVIEW_MAP.width, PREVIEW_MAP.height, { padding: PADDING, maxZoom });
	return { center: place.center, zoom };
}

/** Shortens `text` with an ellipsis until it is about `width` pixels wide at `size`. */
function fit(text: string, size: number, width: number): string {
	if (textWidth(text, size) <= width) return text;
	let words = text.split(' ');
	while (words.length > 1 && textWidth(`${words.join(' ')} …`, size) > width) words = words.slice(0, -1);
	return `${words.join(' ')} …`;
}

export interface BandText {
	/** The big line: the place's name, or the story's title. */
	heading: string;
	/** The line below it. */
	subheading: string;
	/** The small line: outlet and date. */
	byline: string;
	/** A swatch before the heading: the place's layer colour. */
	color?: string;
}

/** The band along the bottom of a preview: a rule, the heading in bold, the subheading, the byline in grey. */
export function previewBand({ heading, subheading, byline, color }: BandText): string {
	const top = PREVIEW_MAP.height;
	const x = MARGIN + (color ? 26 : 0);
	const width = PREVIEW.width - MARGIN - x;
	const line = (y: number, size: number, text: string, extra: string) =>
		`<text x="${x}" y="${top + y}" font-size="${size}"${extra}>${escapeXml(fit(text, size, width))}</text>`;
	return [
		`<rect x="0" y="${top}" width="${PREVIEW.width}" height="${BAND}" fill="${PAPER}"/>`,
		`<rect x="0" y="${top}" width="${PREVIEW.width}" height="2" fill="${INK}"/>`,
		color ? `<rect x="${MARGIN}" y="${top + 28}" width="14" height="30" rx="2" fill="${escapeXml(color)}"/>` : '',
		line(56, 38, heading, ` font-weight="700" fill="${INK}"`),
		line(98, 25, subheading, ` fill="${INK}"`),
		line(130, 20, byline, ` fill="${GREY}"`)
	].join('');
}

/** The preview image: the map drawn for its part, the band under it. */
export function previewSvg(mapSvg: string, band: string, fontFamily: string): string {
	const { width, height } = PREVIEW;
	const map = mapSvg.replace(/^<svg /, `<svg x="0" y="0" `);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
		` font-family="${escapeXml(fontFamily)}"><rect width="${width}" height="${height}" fill="${PAPER}"/>${map}${band}</svg>`
	);
}

/** The byline: outlet and publication date, in Dutch (the pages' language). */
export const byline = (meta: Pick<StoryMeta, 'source'>) =>
	`${meta.source.outlet} · ${formatDateRange('nl', meta.source.date)}`;
