import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl } from './embed';

describe('embedCode', () => {
	it('writes a lazy, borderless, full-width iframe', () => {
		expect(embedCode('https://example.org/embed?lang=en', 'Protests in Almaty')).toBe(
			'<iframe src="https://example.org/embed?lang=en" title="Protests in Almaty" width="100%" height="480"' +
				' style="border:0" loading="lazy" allowfullscreen></iframe>'
		);
	});

	it('escapes a hostile title so it cannot close the attribute or the tag', () => {
		const code = embedCode('https://example.org/embed', '"><script>alert(1)</script> & co');
		expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
		expect(code).not.toContain('<script>');
	});

	it('escapes the URL, ampersands included', () => {
		const code = embedCode('https://example.org/embed?a=1&b="x"<y>', 'Map');
		expect(code).toContain('src="https://example.org/embed?a=1&amp;b=&quot;x&quot;&lt;y&gt;"');
		// Six attributes, two quotes each: none of the escaped quotes leaked through.
		expect(code.match(/"/g)).toHaveLength(12);
	});
});

describe('embedUrl', () => {
	it('turns the map page into the embed page', () => {
		expect(embedUrl('https://example.org/')).toBe('https://example.org/embed');
	});

	it('keeps the query as written', () => {
		expect(embedUrl('https://example.org/?map=5/43.25/76.95&lang=en')).toBe(
			'https://example.org/embed?map=5/43.25/76.95&lang=en'
		);
	});

	it('keeps the place of a place page in the query', () => {
		expect(embedUrl('https://example.org/place/almaty-akimat')).toBe('https://example.org/embed?place=almaty-akimat');
		expect(embedUrl('https://example.org/place/almaty-akimat/?lang=en')).toBe(
			'https://example.org/embed?lang=en&place=almaty-akimat'
		);
	});

	it('does not override a place the query already names', () => {
		expect(embedUrl('https://example.org/place/almaty-akimat?place=airport')).toBe(
			'https://example.org/embed?place=airport'
		);
	});

	it('keeps a base path', () => {
		expect(embedUrl('https://example.org/stories/almaty/')).toBe('https://example.org/stories/almaty/embed');
		expect(embedUrl('https://example.org/stories/almaty/place/airport')).toBe(
			'https://example.org/stories/almaty/embed?place=airport'
		);
	});
});
