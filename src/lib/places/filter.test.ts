import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import type { LayerMeta } from '../story/types';
import { parseStory } from '../story/validate';
import { filterPlaces, firstOf, foldForSearch, groupByLayer, limitGroups, LIST_STEP } from './filter';
import { placesInReadingOrder, type Place } from './places';

const { story } = parseStory(readStoryFiles('geo'));
if (!story) throw new Error('geo/ should hold a valid story');
const places = placesInReadingOrder(story);
const ids = (list: Place[]) => list.map((p) => p.id);

const layer = (id: string): LayerMeta => ({
	id,
	name: { nl: id, en: id },
	symbology: { color: '#000000', shape: 'circle' }
});
const place = (id: string, layerId: string, nl: string, en = nl): Place => ({
	id,
	layer: layerId,
	name: { nl, en },
	passages: [{ id: 'p1', quote: nl }],
	precision: 'exact',
	center: [0, 0],
	bounds: [0, 0, 0, 0]
});

describe('foldForSearch', () => {
	it('drops case, accents and dashes', () => {
		expect(foldForSearch('Genève')).toBe('geneve');
		expect(foldForSearch(' Oekraïne ')).toBe('oekraine');
		expect(foldForSearch('Nur-Sultan – Almaty')).toBe('nur sultan almaty');
	});
});

describe('filterPlaces on the story', () => {
	it('keeps every place for an empty or blank query', () => {
		expect(filterPlaces(places, '')).toEqual(places);
		expect(filterPlaces(places, '   ')).toEqual(places);
	});

	it('finds the Almaty places by a prefix, in reading order', () => {
		const found = filterPlaces(places, 'alm');
		expect(ids(found)).toEqual(expect.arrayContaining(['almaty-city', 'almaty-akimat', 'almaty-us-consulate']));
		expect(found.every((p) => /almaty/i.test(p.name.nl + p.name.en))).toBe(true);
		expect(ids(found)).toEqual(ids(places).filter((id) => ids(found).includes(id)));
	});

	it('matches the Dutch and the English name alike', () => {
		expect(ids(filterPlaces(places, 'moskou'))).toEqual(['moscow']);
		expect(ids(filterPlaces(places, 'Moscow'))).toEqual(['moscow']);
		expect(ids(filterPlaces(places, 'oekraine'))).toEqual(['ukraine']);
		expect(ids(filterPlaces(places, '  GENEVE '))).toEqual(['geneva']);
	});

	it('treats a dash in the name as a space', () => {
		expect(ids(filterPlaces(places, 'nur sultan'))).toContain('nur-sultan-city');
	});

	it('finds nothing for a name the article does not have', () => {
		expect(filterPlaces(places, 'Timboektoe')).toEqual([]);
	});
});

describe('groupByLayer', () => {
	it('puts every story place in its layer, groups in the order they are first read', () => {
		const groups = groupByLayer(places, story.layers);
		expect(groups.flatMap((g) => g.places)).toHaveLength(places.length);
		const firstSeen = [...new Set(places.map((p) => p.layer))];
		expect(groups.map((g) => g.layer.id)).toEqual(firstSeen);
		for (const g of groups) {
			expect(g.places.every((p) => p.layer === g.layer.id)).toBe(true);
			expect(ids(g.places)).toEqual(ids(places.filter((p) => p.layer === g.layer.id)));
		}
	});

	it('orders groups by first appearance and keeps order inside a group', () => {
		const list = [place('a1', 'a', 'A1'), place('b1', 'b', 'B1'), place('a2', 'a', 'A2'), place('c1', 'c', 'C1')];
		const groups = groupByLayer(list, [layer('c'), layer('b'), layer('a')]);
		expect(groups.map((g) => [g.layer.id, ids(g.places)])).toEqual([
			['a', ['a1', 'a2']],
			['b', ['b1']],
			['c', ['c1']]
		]);
	});

	it('leaves out places whose layer is not given, and empty layers', () => {
		const list = [place('a1', 'a', 'A1'), place('x1', 'x', 'X1')];
		expect(groupByLayer(list, [layer('a'), layer('b')]).map((g) => g.layer.id)).toEqual(['a']);
		expect(groupByLayer([], [layer('a')])).toEqual([]);
	});

	it('groups what the filter kept', () => {
		const groups = groupByLayer(filterPlaces(places, 'alm'), story.layers);
		expect(groups.map((g) => g.layer.id)).toEqual(expect.arrayContaining(['almaty', 'csto-arrivals']));
	});
});

describe('limitGroups', () => {
	const many = Array.from({ length: LIST_STEP * 2 + 7 }, (_, i) => place(`p${i}`, 'big', `Plaats ${i}`));
	const groups = groupByLayer([...many, place('s1', 'small', 'Klein')], [layer('big'), layer('small')]);

	it('renders the first LIST_STEP places of a long layer and counts the rest; short layers whole', () => {
		const [big, small] = limitGroups(groups, {}, null);
		expect(big!.places.map((p) => p.id)).toEqual(many.slice(0, LIST_STEP).map((p) => p.id));
		expect(big!.more).toBe(LIST_STEP + 7);
		expect(small!.places.map((p) => p.id)).toEqual(['s1']);
		expect(small!.more).toBe(0);
	});

	it('renders more once asked, up to the whole layer', () => {
		expect(limitGroups(groups, { big: LIST_STEP * 2 }, null)[0]!.more).toBe(7);
		const all = limitGroups(groups, { big: LIST_STEP * 3 }, null)[0]!;
		expect(all.places).toHaveLength(many.length);
		expect(all.more).toBe(0);
	});

	it('always renders the selected place, in its place in reading order', () => {
		const chosen = `p${LIST_STEP + 3}`;
		const big = limitGroups(groups, {}, chosen)[0]!;
		expect(big.places.map((p) => p.id).at(-1)).toBe(chosen);
		expect(big.places).toHaveLength(LIST_STEP + 1);
		expect(big.more).toBe(LIST_STEP + 6);
	});

	it("counts what is left out from the layer's total where only its first places have come", () => {
		const first = groupByLayer(
			[...many.slice(0, LIST_STEP), place('s1', 'small', 'Klein')],
			[layer('big'), layer('small')]
		);
		const [big, small] = limitGroups(first, {}, null, { big: many.length, small: 1 });
		expect(big!.places).toHaveLength(LIST_STEP);
		expect(big!.more).toBe(LIST_STEP + 7);
		expect(small!.more).toBe(0);
		// The same as from every place.
		expect(big!.more).toBe(limitGroups(groups, {}, null)[0]!.more);
	});
});

describe('filterPlaces at scale', () => {
	it('filters 10,000 places in well under a frame once their names are folded', () => {
		const lots = Array.from({ length: 10_000 }, (_, i) => place(`x${i}`, 'big', `Plaats ${i} – Ümraniye`));
		filterPlaces(lots, 'umraniye 99');
		const took: number[] = [];
		for (let run = 0; run < 5; run++) {
			const started = performance.now();
			const found = filterPlaces(lots, 'plaats 999');
			took.push(performance.now() - started);
			expect(found.map((p) => p.id)).toEqual(['x999', ...Array.from({ length: 10 }, (_, i) => `x${9990 + i}`)]);
		}
		// Median of 5: 2–6 ms here with a build running beside it; 40–50 ms when every keystroke folded every name.
		expect(took.sort((a, b) => a - b)[2]).toBeLessThan(10);
	});
});

describe('firstOf', () => {
	const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
	it('keeps the first `limit` items, and the kept one wherever it is, and counts the rest', () => {
		expect(firstOf(items, 2)).toEqual({ items: [{ id: 'a' }, { id: 'b' }], more: 3 });
		expect(firstOf(items, 2, 'e')).toEqual({ items: [{ id: 'a' }, { id: 'b' }, { id: 'e' }], more: 2 });
		expect(firstOf(items, 2, 'a').more).toBe(3);
	});
	it('keeps a short list whole', () => {
		expect(firstOf(items, 5)).toEqual({ items, more: 0 });
	});
});
