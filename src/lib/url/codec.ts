import { langs, type Lang } from '../i18n';
import { MAX_LATITUDE } from '../render/mercator';
import {
	viewKeys,
	type Ignored,
	type MapView,
	type ParsedView,
	type ViewContext,
	type ViewKey,
	type ViewState
} from './view-state';

const zoomRange = [0, 22] as const;
/** Web Mercator stops here: MapLibre cannot centre further north or south. */
const latRange = [-MAX_LATITUDE, MAX_LATITUDE] as const;
const pitchRange = [0, 85] as const;
/** Keys that other pages (print, embed) read from the same query: not ours to report. */
const foreignKeys: ReadonlySet<string> = new Set(['paper', 'orient', 'embed']);
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

function parseMap(value: string): { view: MapView; clamped: boolean } | undefined {
	const parts = value.split('/');
	if (parts.length !== 3 && parts.length !== 5) return undefined;
	const numbers = parts.map(readNumber);
	if (numbers.some((n) => n === undefined)) return undefined;
	const [zoom = 0, lat = 0, lon = 0, bearing = 0, pitch = 0] = numbers as number[];
	const view: MapView = { zoom: clamp(zoom, zoomRange), lat: clamp(lat, latRange), lon: wrapLon(lon) };
	const b = normaliseBearing(bearing);
	const p = clamp(pitch, pitchRange);
	if (b !== 0) view.bearing = b;
	if (p !== 0) view.pitch = p;
	const clamped = view.zoom !== zoom || view.lat !== lat || view.lon !== lon || b !== bearing || p !== pitch;
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
 * Reads a deep link; each bad parameter is dropped or clamped on its own and listed in `ignored`, never thrown.
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
				const map = parseMap(value);
				if (map) state.map = map.view;
				if (!map || map.clamped) ignored.push({ key, reason: map ? 'clamped' : 'malformed' });
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
	const z = fixed(clamp(zoom, zoomRange), 2);
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
		pin: state.pin && encodePin(state.pin)
	};
	return viewKeys
		.flatMap((key) => {
			const value = values[key];
			return value === undefined ? [] : [`${key}=${value}`];
		})
		.join('&');
}
