import { describe, expect, it } from 'vitest';
import { langs } from '../i18n';
import { parseView } from './codec';
import { noticeText } from './notice';
import { viewKeys, type Ignored } from './view-state';

const ctx = {
	places: ['almaty-akimat'],
	passages: ['p1'],
	layers: ['almaty'],
	extents: [[20, 25, 100, 62] as const]
};

describe('noticeText', () => {
	it('tells in a sentence of the reader’s language, not by parameter name, what a link had wrong', () => {
		expect(noticeText('en', { key: 'map', reason: 'outside' })).toBe(
			'The map position in the link lies outside what this map can usefully show; the map opens at its usual view.'
		);
		expect(noticeText('nl', { key: 'map', reason: 'malformed' })).toBe(
			'De kaartpositie in de link kon niet worden gelezen; de kaart opent op haar gewone beeld.'
		);
		expect(noticeText('en', { key: 'paper', reason: 'unknown' })).toBe(
			'The paper size in the link is unknown; printing on A4.'
		);
		expect(noticeText('en', { key: 'place', reason: 'repeated' })).toBe(
			'The link gives the place more than once; the first one counts.'
		);
	});

	it('has a sentence for everything the codec reports, in both languages', () => {
		const links = [
			'map=99/200/500',
			'map=x',
			'map=4/43/76/0/90',
			'place=x',
			'passage=x',
			'layers=x',
			'lang=x',
			'pin=x',
			'day=x',
			...viewKeys.map((key) => `${key}=1&${key}=2`),
			'utm_source=x'
		];
		const reported: Ignored[] = links.flatMap((link) => parseView(link, ctx).ignored);
		expect(reported.length).toBeGreaterThanOrEqual(links.length);
		for (const lang of langs)
			for (const item of reported) {
				const text = noticeText(lang, item);
				expect(text, `${item.key} ${item.reason}`).toMatch(/^[A-Z].*\.$/);
				expect(text).not.toMatch(/\{\w+\}/);
				// No `map: not valid`: a sentence, with no parameter name before a colon.
				expect(text).not.toContain(`${item.key}:`);
			}
	});

	it('quotes a key the map does not use as it came, as text', () => {
		expect(noticeText('nl', { key: '<img src=x>', reason: 'unexpected' })).toBe(
			'De link bevat “<img src=x>”, dat deze kaart niet gebruikt.'
		);
		expect(noticeText('en', { key: '{part}', reason: 'unexpected' })).toBe(
			'The link contains “{part}”, which this map does not use.'
		);
	});
});
