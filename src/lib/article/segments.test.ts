import { describe, expect, it } from 'vitest';
import { placesInReadingOrder, type Place } from '../places/places';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { quotesByBlock, segmentBlock } from './segments';

const shown = (text: string, quotes: { place: string; quote: string }[]) =>
	segmentBlock(text, quotes).map((s) => [s.text, s.places]);

describe('segmentBlock', () => {
	it('keeps a block without quotes as one plain segment', () => {
		expect(shown('Het internet is ontoegankelijk.', [])).toEqual([['Het internet is ontoegankelijk.', []]]);
	});

	it('gives nothing for an empty block', () => {
		expect(segmentBlock('', [])).toEqual([]);
	});

	it('marks a quote in the middle, with plain text either side', () => {
		expect(shown('vanuit hoofdstad Nur-Sultan baas', [{ place: 'nur-sultan', quote: 'hoofdstad Nur-Sultan' }])).toEqual(
			[
				['vanuit ', []],
				['hoofdstad Nur-Sultan', ['nur-sultan']],
				[' baas', []]
			]
		);
	});

	it('handles quotes at the very start and the very end', () => {
		const text = '3 procent Olie Kazachstan bezit 3 procent';
		expect(
			shown(text, [
				{ place: 'oil', quote: '3 procent Olie' },
				{ place: 'kz', quote: 'bezit 3 procent' }
			])
		).toEqual([
			['3 procent Olie', ['oil']],
			[' Kazachstan ', []],
			['bezit 3 procent', ['kz']]
		]);
		expect(shown('Almaty', [{ place: 'almaty', quote: 'Almaty' }])).toEqual([['Almaty', ['almaty']]]);
	});

	it('lists every place that shares a quote, in the order given', () => {
		const quote = 'steenkool, uranium en gas';
		expect(
			shown(`voorraden ${quote}.`, [
				{ place: 'inkai', quote },
				{ place: 'karachaganak', quote },
				{ place: 'chu-sarysu', quote }
			])
		).toEqual([
			['voorraden ', []],
			[quote, ['inkai', 'karachaganak', 'chu-sarysu']],
			['.', []]
		]);
	});

	it('splits overlapping quotes where each starts and ends', () => {
		const text = 'mikpunt van betogingen in de belangrijkste stad Almaty. Die';
		expect(
			shown(text, [
				{ place: 'almaty-city', quote: 'de belangrijkste stad Almaty' },
				{ place: 'republic-square', quote: 'betogingen in de belangrijkste stad Almaty' }
			])
		).toEqual([
			['mikpunt van ', []],
			['betogingen in ', ['republic-square']],
			['de belangrijkste stad Almaty', ['almaty-city', 'republic-square']],
			['. Die', []]
		]);
	});

	it('splits quotes that overlap without one holding the other', () => {
		expect(
			shown('zit op belangrijke voorraden steenkool, uranium en gas.', [
				{ place: 'coal', quote: 'belangrijke voorraden steenkool' },
				{ place: 'uranium', quote: 'steenkool, uranium en gas' }
			])
		).toEqual([
			['zit op ', []],
			['belangrijke voorraden ', ['coal']],
			['steenkool', ['coal', 'uranium']],
			[', uranium en gas', ['uranium']],
			['.', []]
		]);
	});

	it('uses the first occurrence of a quote that appears twice', () => {
		expect(shown('Almaty en Almaty', [{ place: 'almaty', quote: 'Almaty' }])).toEqual([
			['Almaty', ['almaty']],
			[' en Almaty', []]
		]);
	});

	it('lists a place once when two of its quotes cover the same words', () => {
		expect(
			shown('in Almaty', [
				{ place: 'almaty', quote: 'in Almaty' },
				{ place: 'almaty', quote: 'Almaty' }
			])
		).toEqual([
			['in ', ['almaty']],
			['Almaty', ['almaty']]
		]);
	});
});

describe('quotesByBlock', () => {
	const place = (id: string, passages: Place['passages']) => ({ id, passages }) as Place;

	it('groups the quotes by block, places in the order given', () => {
		const byBlock = quotesByBlock([
			place('almaty-city', [
				{ id: 'p7', quote: 'de belangrijkste stad Almaty' },
				{ id: 'p11', quote: 'In Almaty' }
			]),
			place('republic-square', [{ id: 'p7', quote: 'betogingen in de belangrijkste stad Almaty' }])
		]);
		expect([...byBlock.keys()]).toEqual(['p7', 'p11']);
		expect(byBlock.get('p7')).toEqual([
			{ place: 'almaty-city', quote: 'de belangrijkste stad Almaty' },
			{ place: 'republic-square', quote: 'betogingen in de belangrijkste stad Almaty' }
		]);
		expect(byBlock.get('p11')).toEqual([{ place: 'almaty-city', quote: 'In Almaty' }]);
	});
});

describe('the real article', () => {
	const story = parseStory(readStoryFiles('geo')).story!;
	const places = placesInReadingOrder(story);
	const byBlock = quotesByBlock(places);

	it('gives every block back exactly when its segments are joined', () => {
		for (const block of story.blocks)
			expect(
				segmentBlock(block.text, byBlock.get(block.id) ?? [])
					.map((s) => s.text)
					.join('')
			).toBe(block.text);
	});

	it("covers exactly each place's quote with the segments that list it", () => {
		for (const place of places)
			for (const { id, quote } of place.passages) {
				const block = story.blocks.find((b) => b.id === id)!;
				const marked = segmentBlock(block.text, byBlock.get(id) ?? []).filter((s) => s.places.includes(place.id));
				expect(marked.map((s) => s.text).join(''), `${place.id} in ${id}`).toBe(quote);
			}
	});

	it('lists every place on words that shared and overlapping quotes cover', () => {
		const p5 = story.blocks.find((b) => b.id === 'p5')!;
		const shared = segmentBlock(p5.text, byBlock.get('p5')!).find((s) => s.text === ', uranium en gas');
		expect(shared?.places).toHaveLength(3);
		const coal = segmentBlock(p5.text, byBlock.get('p5')!).find((s) => s.text === 'steenkool');
		expect(coal?.places).toHaveLength(5);
	});
});
