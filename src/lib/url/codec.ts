import { langs, type Lang } from '../i18n';
import { MAX_LATITUDE, toWorld, WORLD_SIZE } from '../render/mercator';
import {
	viewKeys,
	type Ignored,
	type MapView,
	type ParsedView,
	type ViewContext,
	type ViewKey,
	type ViewState
} from './view-state';

/** MapLibre's own zoom limits: what `encodeView` writes, whatever a map reports. */
const zoomRange = [0, 22] as const;
/**
 * The deepest zoom a link may open at (and the interactive map's `maxZoom`). MapLibre cuts the story's GeoJSON into
 * tiles up to zoom 18 (a GeoJSON source's default `maxzoom`) and only magnifies them beyond; the story's most precise
 * places are buildings, which zoom 16 to 18 shows whole, and its basemap is 1:50m data. Deeper is an empty map.
 */
export const MAX_VIEW_ZOOM = 18;
const viewZoomRange = [0, MAX_VIEW_ZOOM] as const;
/** Web Mercator stops here: MapLibre cannot centre further north or south. */
const latRange = [-MAX_LATITUDE, MAX_LATITUDE] as const;
/**
 * How far a link's camera sees from its centre, in CSS pixels: half of a wide screen, with room to spare. A camera
 * none of whose reach touches the story (its region or a place, `ViewContext.extents`) shows an empty map.
 */
const VIEW_REACH = 1024;
const pitchRange = [0, 85] as const;
/** Keys that other pages (print, embed) read from the same query: not ours to report. */
const foreignKeys: ReadonlySet<string> = new Set(['paper', 'orient', 'dpi', 'download', 'embed']);
/** A reported key is shown to the reader; a 10 kB key would swamp the notice. */
const maxKeyLength = 40;
/** Enough to tell the reader what went wrong without listing a thousand junk keys. */
const maxUnexpected = 20;

/**
 * Plain decimals only: `12`, `-3.5`, `-0`, `007.10`. No exponent (`1e1`), hex (`0x10`), leading `+`,
 * bare dot (`.5`, `5.`), spaces or `Infinity`: a link written by encodeView never has them, and a strict
 * grammar keeps hand-edited links from meaning something other than what they show.
 */
const decimal = /^-?\d+(?:\.\d+)?$/;

/** Reads one strict decimal (see `decimal`), `-0` as 0; `undefined` when it is not one or not finite. */
function readNumber(text: string): number | undefined {
	if (!decimal.test(text)) return undefined;
	const value = Number(text);
	return Number.isFinite(value) ? value + 0 : undefined;
}

const clamp = (value: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, value));

/** Longitude into [-180, 180]; values already inside stay as they are (so 180 stays 180). */
function wrapLon(lon: number): number {
	if (lon >= -180 && lon <= 180) return lon;
	const r = lon % 360;
	return (r > 180 ? r - 360 : r < -180 ? r + 360 : r) + 0;
}

/** Bearing into (-180, 180]; `%` is exact in floating point, so even 1e300 lands in range. */
function normaliseBearing(bearing: number): number {
	const r = bearing % 360;
	return (r <= -180 ? r + 360 : r > 180 ? r - 360 : r) + 0;
}

const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/** Whether a camera at `view` shows any part of one of `extents` (each `[west, south, east, north]`), or comes near. */
export function seesAny(view: MapView, extents: readonly (readonly [number, number, number, number])[]): boolean {
	const [cx, cy] = toWorld([view.lon, view.lat]);
	const reach = VIEW_REACH / 2 ** view.zoom;
	return extents.some(([w, s, e, n]) => {
		const [x0, y0] = toWorld([w, n]);
		const [x1, y1] = toWorld([e, s]);
		// The world repeats east and west: a camera at 179° E sees 179° W.
		const xs = [cx - WORLD_SIZE, cx, cx + WORLD_SIZE];
		return cy + reach >= y0 && cy - reach <= y1 && xs.some((x) => x + reach >= x0 && x - reach <= x1);
	});
}

/**
 * A camera, or why it is not one: `malformed` when it is not numbers, `outside` when it lies beyond what the map can
 * show (zoom past `MAX_VIEW_ZOOM`, a centre past Web Mercator's latitude limit) or shows nothing of the story. Such a
 * camera is ignored, never clamped onto an empty map. What means the same view is normalised (longitude 190 is -170,
 * bearing 270 is -90) and a pitch past 85 is clamped: those come back with `clamped`.
 */
function parseMap(
	value: string,
	extents: ViewContext['extents']
): { view: MapView; clamped: boolean } | 'malformed' | 'outside' {
	const parts = value.split('/');
	if (parts.length !== 3 && parts.length !== 5) return 'malformed';
	const numbers = parts.map(readNumber);
	if (numbers.some((n) => n === undefined)) return 'malformed';
	const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = numbers as number[];
	if (!within(zoom, viewZoomRange) || !within(lat, latRange)) return 'outside';
	const view: MapView = { zoom, lat, lon: wrapLon(lon) };
	if (extents && !seesAny(view, extents)) return 'outside';
	const b = normaliseBearing(bearing);
	const p = clamp(pitch, pitchRange);
	if (b !== 0) view.bearing = b;
	if (p !== 0) view.pitch = p;
	const clamped = view.lon !== lon || b !== bearing || p !== pitch;
	return { view, clamped };
}

function parsePin(value: string): ViewState['pin'] {
	const parts = value.split(',');
	if (parts.length !== 2) return undefined;
	const [lat, lon] = parts.map(readNumber);
	if (lat === undefined || lon === undefined) return undefined;
	// Never clamped: a pin anywhere but where the sender put it would be a wrong pin.
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
	return { lat, lon };
}

/** A calendar day as `YYYY-MM-DD` (no 2022-02-30); the timeline brings a day outside the story's to its nearest end. */
function parseDay(value: string): string | undefined {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
	const time = Date.parse(`${value}T00:00:00Z`);
	return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : undefined;
}

/** Known layers in the story's order; `unknown` when any id is not a layer. An empty list hides every layer. */
function parseLayers(value: string, known: readonly string[]): { layers?: string[]; unknown: boolean } {
	const given = new Set(value.split(',').filter((id) => id !== ''));
	if (given.size === 0) return { layers: [], unknown: false };
	const layers = [...new Set(known)].filter((id) => given.has(id));
	const unknown = layers.length < given.size;
	return layers.length > 0 ? { layers, unknown } : { unknown };
}

/** Cut to `maxKeyLength` code points, so a surrogate pair is never split in two. */
function shortKey(key: string): string {
	return Array.from(key.slice(0, maxKeyLength * 2))
		.slice(0, maxKeyLength)
		.join('');
}

const isViewKey = (key: string): key is ViewKey => (viewKeys as readonly string[]).includes(key);
const isLang = (value: string): value is Lang => (langs as readonly string[]).includes(value);

/**
 * Reads a deep link; each bad parameter is dropped (or, for a pitch, clamped) on its own and listed in `ignored`,
 * never thrown. A camera outside the story's sensible range is dropped too: the page then shows its default view.
 * @example parseView('?map=5.00/43.2380/76.9450&place=almaty-akimat&lang=xx', ctx)
 * // → { state: { map: { zoom: 5, lat: 43.238, lon: 76.945 }, place: 'almaty-akimat' }, ignored: [{ key: 'lang', reason: 'unknown' }] }
 */
export function parseView(search: string | URLSearchParams, ctx: ViewContext): ParsedView {
	// URLSearchParams decodes leniently: broken `%` escapes stay as text, lone surrogates become U+FFFD.
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const state: ViewState = {};
	const ignored: Ignored[] = [];
	const seen = new Set<string>();
	const unexpected = new Set<string>();

	for (const [key, value] of params) {
		if (!isViewKey(key)) {
			if (foreignKeys.has(key) || unexpected.size >= maxUnexpected) continue;
			const shown = shortKey(key);
			if (!unexpected.has(shown)) ignored.push({ key: shown, reason: 'unexpected' });
			unexpected.add(shown);
			continue;
		}
		if (seen.has(key)) {
			if (!ignored.some((i) => i.key === key && i.reason === 'repeated')) ignored.push({ key, reason: 'repeated' });
			continue;
		}
		seen.add(key);
		switch (key) {
			case 'map': {
				const map = parseMap(value, ctx.extents);
				if (typeof map === 'string') ignored.push({ key, reason: map });
				else {
					state.map = map.view;
					if (map.clamped) ignored.push({ key, reason: 'clamped' });
				}
				break;
			}
			case 'place':
			case 'passage':
				if ((key === 'place' ? ctx.places : ctx.passages).includes(value)) state[key] = value;
				else ignored.push({ key, reason: 'unknown' });
				break;
			case 'layers': {
				const { layers, unknown } = parseLayers(value, ctx.layers);
				if (layers) state.layers = layers;
				if (unknown) ignored.push({ key, reason: 'unknown' });
				break;
			}
			case 'lang':
				if (isLang(value)) state.lang = value;
				else ignored.push({ key, reason: 'unknown' });
				break;
			case 'pin': {
				const pin = parsePin(value);
				if (pin) state.pin = pin;
				else ignored.push({ key, reason: 'malformed' });
				break;
			}
			case 'day': {
				const day = parseDay(value);
				if (day) state.day = day;
				else ignored.push({ key, reason: 'malformed' });
				break;
			}
		}
	}
	return { state, ignored };
}

/**
 * Decimals for a map centre at this zoom: the fewest whose last digit is under one pixel of a 512 px world
 * (the same rule as OpenStreetMap's permalinks), from 0 to 7.
 * @example mapDecimals(2) // → 1; mapDecimals(12) // → 4; mapDecimals(22) // → 7
 */
export function mapDecimals(zoom: number): number {
	const pixelsPerDegree = (512 * 2 ** clamp(Number.isFinite(zoom) ? zoom : 0, zoomRange)) / 360;
	return clamp(Math.ceil(Math.log10(pixelsPerDegree)), [0, 7]);
}

/** `toFixed` without a `-0.00` for values that round to zero. */
function fixed(value: number, decimals: number): string {
	const text = value.toFixed(decimals);
	return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

function encodeMap({ zoom, lat, lon, bearing = 0, pitch = 0 }: MapView): string | undefined {
	if (![zoom, lat, lon, bearing, pitch].every(Number.isFinite)) return undefined;
	const z = fixed(clamp(zoom, viewZoomRange), 2);
	const decimals = mapDecimals(Number(z));
	const la = clamp(lat, latRange);
	let latText = fixed(la, decimals);
	// 85.05 to one decimal is 85.1, past the limit: round towards the equator instead.
	if (Math.abs(Number(latText)) > latRange[1]) {
		latText = fixed(Math.trunc(la * 10 ** decimals) / 10 ** decimals, decimals);
	}
	const parts = [z, latText, fixed(wrapLon(lon), decimals)];
	// -179.96 rounds to -180.0, which is the same bearing as 180.0, the only one of the two the parser keeps.
	let b = Number(fixed(normaliseBearing(bearing), 1));
	if (b <= -180) b += 360;
	const [bearingText, pitchText] = [fixed(b, 1), fixed(clamp(pitch, pitchRange), 1)];
	if (bearingText !== '0.0' || pitchText !== '0.0') parts.push(bearingText, pitchText);
	return parts.join('/');
}

function encodePin({ lat, lon }: { lat: number; lon: number }): string | undefined {
	const ok = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
	return ok ? `${fixed(lat, 5)},${fixed(lon, 5)}` : undefined;
}

/** Percent-encodes an id; a lone surrogate (which `encodeURIComponent` throws on) becomes U+FFFD. */
const encodeText = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, '\uFFFD'));

/**
 * Writes a deep link's query (no `?`), keys in `viewKeys` order, numbers to display precision.
 * @example encodeView({ map: { zoom: 5, lat: 43.2381, lon: 76.9452 }, layers: ['almaty', 'context'], pin: { lat: 43.25, lon: 76.95 } })
 * // → 'map=5.00/43.24/76.95&layers=almaty,context&pin=43.25000,76.95000'
 */
export function encodeView(state: ViewState): string {
	const values: Record<ViewKey, string | undefined> = {
		map: state.map && encodeMap(state.map),
		place: state.place === undefined ? undefined : encodeText(state.place),
		passage: state.passage === undefined ? undefined : encodeText(state.passage),
		layers: state.layers && [...new Set(state.layers)].map(encodeText).join(','),
		lang: state.lang === undefined ? undefined : encodeText(state.lang),
		pin: state.pin && encodePin(state.pin),
		day: state.day === undefined ? undefined : parseDay(state.day)
	};
	return viewKeys
		.flatMap((key) => {
			const value = values[key];
			return value === undefined ? [] : [`${key}=${value}`];
		})
		.join('&');
}
