import type { Lang } from '../i18n';

/** The camera: zoom and centre (OpenStreetMap order in the URL: zoom/lat/lon), with bearing and pitch when not 0. */
export interface MapView {
	zoom: number;
	lat: number;
	lon: number;
	bearing?: number;
	pitch?: number;
}

/** Everything a deep link can say; each field is absent when the link does not set it. */
export interface ViewState {
	map?: MapView;
	place?: string;
	passage?: string;
	layers?: string[];
	lang?: Lang;
	pin?: { lat: number; lon: number };
	/** The timeline's chosen day, `YYYY-MM-DD`. */
	day?: string;
}

/** What the link may name: ids are checked against the story, so an unknown one is ignored, not trusted. */
export interface ViewContext {
	places: readonly string[];
	passages: readonly string[];
	layers: readonly string[];
	/**
	 * Where the story is, as `[west, south, east, north]` boxes: its region (story.json `bounds`) and each place's
	 * extent. A link's camera that shows none of them is ignored; absent, any camera on the globe is read.
	 */
	extents?: readonly (readonly [number, number, number, number])[];
}

/** The parameters a deep link knows, in the order the codec writes them. */
export const viewKeys = ['map', 'place', 'passage', 'layers', 'lang', 'pin', 'day'] as const;
export type ViewKey = (typeof viewKeys)[number];

/**
 * Why a parameter was ignored or changed: `unknown` (an id or value the story does not have), `malformed`
 * (not the expected shape or not a number), `outside` (a camera outside the story's sensible range, ignored),
 * `clamped` (a small excess, such as a pitch of 90, brought within range), `repeated` (given more than once: the
 * first counts), `unexpected` (a key the app does not know).
 */
export type IgnoredReason = 'unknown' | 'malformed' | 'outside' | 'clamped' | 'repeated' | 'unexpected';

export interface Ignored {
	key: string;
	reason: IgnoredReason;
}

export interface ParsedView {
	state: ViewState;
	ignored: Ignored[];
}
