import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import WithLang from '../../../tests/fixtures/components/WithLang.svelte';
import { LIST_STEP } from '../places/filter';
import { placesInReadingOrder, type Place } from '../places/places';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { chronology, dayRange, daysBetween, isVisibleOn } from './chronology';
import Chronology from './Chronology.svelte';

function place(id: string, from?: string, to = from): Place {
	return {
		id,
		layer: 'test',
		name: { nl: id, en: id },
		passages: [],
		precision: 'city',
		date: from === undefined || to === undefined ? undefined : { from, to },
		center: [0, 0],
		bounds: [0, 0, 0, 0]
	};
}

const undated = place('undated');
const early = place('early', '2024-03-01', '2024-03-04');
const late = place('late', '2024-03-03', '2024-03-10');
const sameDay = place('same-day', '2024-03-01');

describe('dayRange', () => {
	it('spans the earliest start to the latest end, whichever place they come from', () => {
		expect(dayRange([undated, late, early, sameDay])).toEqual({ first: '2024-03-01', last: '2024-03-10' });
	});

	it('is null when nothing is dated', () => {
		expect(dayRange([])).toBeNull();
		expect(dayRange([undated])).toBeNull();
	});
});

describe('daysBetween', () => {
	it('lists every day, both ends included, across month and leap-day boundaries', () => {
		expect(daysBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
		expect(daysBetween('2021-12-31', '2022-01-01')).toEqual(['2021-12-31', '2022-01-01']);
	});

	it('has one day for a single day and none for a reversed range', () => {
		expect(daysBetween('2024-03-01', '2024-03-01')).toEqual(['2024-03-01']);
		expect(daysBetween('2024-03-02', '2024-03-01')).toEqual([]);
	});

	it('names the bad input', () => {
		expect(() => daysBetween('1 March', '2024-03-01')).toThrow(
			'Invalid day "1 March": expected an ISO date YYYY-MM-DD'
		);
		expect(() => daysBetween('2024-03-01', '2024-13-01')).toThrow('Invalid day "2024-13-01"');
	});
});

describe('isVisibleOn', () => {
	it('shows everything when all days are chosen', () => {
		for (const p of [undated, early, late]) expect(isVisibleOn(p, null)).toBe(true);
	});

	it('always shows undated places', () => {
		expect(isVisibleOn(undated, '1900-01-01')).toBe(true);
	});

	it('shows a dated place from its first day on, also after it ended', () => {
		expect(isVisibleOn(late, '2024-03-02')).toBe(false);
		expect(isVisibleOn(late, '2024-03-03')).toBe(true);
		expect(isVisibleOn(early, '2024-03-20')).toBe(true);
	});
});

describe('chronology', () => {
	it('groups places by the day they start, days ascending, places in the given order', () => {
		const days = chronology([late, undated, sameDay, early]);
		expect(days.map((d) => [d.day, d.starts.map((p) => p.id)])).toEqual([
			['2024-03-01', ['same-day', 'early']],
			['2024-03-03', ['late']]
		]);
	});

	it('is empty without dated places', () => {
		expect(chronology([undated])).toEqual([]);
	});
});

describe('the real story', () => {
	const { story } = parseStory(readStoryFiles('geo'));
	const places = placesInReadingOrder(story!);
	const ids = (day: string | null) => places.filter((p) => isVisibleOn(p, day)).map((p) => p.id);

	it('runs from 2 to 19 January 2022', () => {
		const range = dayRange(places)!;
		expect(range).toEqual({ first: '2022-01-02', last: '2022-01-19' });
		expect(daysBetween(range.first, range.last)).toHaveLength(18);
	});

	it('begins in Zhanaozen and lists each dated place once, under its first day', () => {
		const days = chronology(places);
		expect(days[0]).toMatchObject({ day: '2022-01-02', starts: [{ id: 'zhanaozen' }] });
		expect(days.map((d) => d.day)).toEqual([...days.map((d) => d.day)].sort());
		const listed = days.flatMap((d) => d.starts);
		expect(listed).toHaveLength(places.filter((p) => p.date).length);
		for (const d of days) for (const p of d.starts) expect(p.date?.from).toBe(d.day);
	});

	it('keeps the CSTO landings on the map once they have landed', () => {
		expect(ids('2022-01-05')).toContain('csto-landing-almaty-airport');
		expect(ids('2022-01-05')).not.toContain('csto-landing-zhetygen');
		expect(ids('2022-01-06')).toContain('csto-landing-zhetygen');
		expect(ids('2022-01-15')).toContain('csto-flight-belarus');
	});

	it('shows the undated background on every day and only Zhanaozen of the events on the first', () => {
		const first = ids('2022-01-02');
		expect(first).toEqual(expect.arrayContaining(['moscow', 'tengiz-oil-field', 'nur-sultan-city', 'zhanaozen']));
		expect(first).not.toContain('almaty-city');
		expect(places.filter((p) => p.date && first.includes(p.id)).map((p) => p.id)).toEqual(['zhanaozen']);
		expect(ids('2022-01-19')).toEqual(ids(null));
	});
});

const onDay = (i: number, day: string): Place => ({
	...place(`p${i}`, day),
	name: { nl: `Plein ${i}`, en: `Square ${i}` }
});

/** The chronology's HTML as the page's server sends it, in `lang`. */
function html(places: Place[], lang: 'nl' | 'en' = 'nl') {
	const props = { places, day: null, onselect: () => {} };
	return render(WithLang, { props: { lang, component: Chronology, props } }).body;
}
const chips = (body: string) => body.match(/<button[^>]*data-place="/g)?.length ?? 0;

describe('Chronology', () => {
	it('shows the first LIST_STEP places of a crowded day and says how many more there are', () => {
		// A story of thousands of places: 120 started on one day, 3 on the next.
		const places = [
			...Array.from({ length: 120 }, (_, i) => onDay(i, '2022-01-05')),
			...Array.from({ length: 3 }, (_, i) => onDay(200 + i, '2022-01-06'))
		];
		const body = html(places);
		expect(chips(body)).toBe(LIST_STEP + 3);
		expect(body).toContain('data-place="p49"');
		expect(body).not.toContain('data-place="p50"');
		expect(body).toContain('data-place="p202"');
		const more = body.match(/<button[^>]*data-testid="chronology-more"[^>]*>([^<]*)</g) ?? [];
		expect(more).toHaveLength(1);
		expect(more[0]).toContain('data-day="2022-01-05"');
		expect(more[0]).toContain(`Toon meer (${120 - LIST_STEP} niet getoond)`);
		expect(html(places, 'en')).toContain(`Show more (${120 - LIST_STEP} not shown)`);
	});

	it('shows every place of a day with no more than LIST_STEP, and no "show more"', () => {
		const body = html(Array.from({ length: LIST_STEP }, (_, i) => onDay(i, '2022-01-05')));
		expect(chips(body)).toBe(LIST_STEP);
		expect(body).not.toContain('chronology-more');
	});
});
