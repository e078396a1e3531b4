import type { Place } from '../places/places';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function toTime(day: string): number {
	const time = ISO_DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
	if (Number.isNaN(time)) throw new Error(`Invalid day "${day}": expected an ISO date YYYY-MM-DD`);
	return time;
}

/** The earliest `from` and the latest `to` of the dated places; null when none is dated. */
export function dayRange(places: readonly Place[]): { first: string; last: string } | null {
	let range: { first: string; last: string } | null = null;
	for (const { date } of places) {
		if (!date) continue;
		// ISO days sort as strings.
		if (!range) range = { first: date.from, last: date.to };
		else {
			if (date.from < range.first) range.first = date.from;
			if (date.to > range.last) range.last = date.to;
		}
	}
	return range;
}

/**
 * Every day from `first` to `last`, both included; empty when `last` comes before `first`.
 * Example: daysBetween('2022-01-31', '2022-02-01') is ['2022-01-31', '2022-02-01'].
 */
export function daysBetween(first: string, last: string): string[] {
	const days: string[] = [];
	for (let time = toTime(first), end = toTime(last); time <= end; time += DAY_MS)
		days.push(new Date(time).toISOString().slice(0, 10));
	return days;
}

/**
 * Whether a place shows when the reader looks at what had happened by `day`: undated places and
 * `day === null` (all days) always; a dated place from its first day on, so it stays after it ended.
 */
export function isVisibleOn(place: Place, day: string | null): boolean {
	return day === null || place.date === undefined || place.date.from <= day;
}

/** The days on which something starts, ascending, each with the places starting then in the given order. */
export function chronology(places: readonly Place[]): { day: string; starts: Place[] }[] {
	const byDay = new Map<string, Place[]>();
	for (const place of places) {
		if (!place.date) continue;
		const starts = byDay.get(place.date.from);
		if (starts) starts.push(place);
		else byDay.set(place.date.from, [place]);
	}
	return [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, starts]) => ({ day, starts }));
}

/** The story's days as the timeline bar shows them: the range of its dated places, and the days something starts. */
export interface StoryDays {
	first: string;
	last: string;
	/** The days on which a place starts, ascending. */
	eventful: string[];
}

/**
 * The timeline's days, from every place: worked out on the server, so a page that carries only its first places
 * (`mapPageData`) draws the same bar. Null when no place is dated.
 */
export function storyDays(places: readonly Place[]): StoryDays | null {
	const range = dayRange(places);
	return range && { ...range, eventful: chronology(places).map((e) => e.day) };
}
