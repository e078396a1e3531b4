import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, num, unescapeXml } from './escape';
import { basemapName } from './labels';
import { Collider, renderText, textBox, wrap } from './text';

describe('escapeXml', () => {
	it('escapes the five XML specials and nothing else', () => {
		expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
			'&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;'
		);
		expect(escapeXml('Қазақстан – Almaty')).toBe('Қазақстан – Almaty');
	});

	it('escapes attribute values and rounds numbers', () => {
		expect(attrs({ 'data-place': '"><script>', x: 1.26, 'fill-opacity': 0.05, skip: undefined })).toBe(
			' data-place="&quot;&gt;&lt;script&gt;" x="1.3" fill-opacity="0.05"'
		);
		expect(num(-0.04)).toBe('0');
	});

	it('is undone by unescapeXml, once: an escaped entity stays an entity', () => {
		const text = `<b>"A & B's"</b> &lt; Қазақстан`;
		expect(unescapeXml(escapeXml(text))).toBe(text);
		expect(unescapeXml('&amp;lt; &amp;#39;')).toBe('&lt; &#39;');
	});
});

describe('basemapName', () => {
	it('reads flattened and raw names, falling back on English', () => {
		expect(basemapName({ name_en: 'Lake Balkhash', name_nl: 'Balkasjmeer' }, 'nl')).toBe('Balkasjmeer');
		expect(basemapName({ name: { en: 'Lake Balkhash', nl: 'Balkasjmeer' } }, 'nl')).toBe('Balkasjmeer');
		expect(basemapName({ name: { en: 'Aral Sea' } }, 'nl')).toBe('Aral Sea');
		expect(basemapName({ name_en: null }, 'en')).toBe('');
	});
});

describe('wrap', () => {
	it('keeps short names on one line and balances long ones', () => {
		expect(wrap('Almaty', 12, 8)).toEqual(['Almaty']);
		const lines = wrap('Internationale luchthaven van Almaty', 12, 10);
		expect(lines.length).toBe(2);
		expect(lines.join(' ')).toBe('Internationale luchthaven van Almaty');
	});
});

describe('renderText', () => {
	it('writes one tspan per line with a halo under the letters', () => {
		const svg = renderText({
			x: 10,
			y: 20,
			lines: [
				{ text: 'Almaty', size: 12 },
				{ text: 'Алматы', size: 10.2 }
			],
			anchor: 'start',
			align: 'center',
			fill: '#000000',
			halo: '#ffffff',
			haloWidth: 1.2
		});
		expect(svg).toMatch(/^<text font-size="12" text-anchor="start" fill="#000000" stroke="#ffffff" stroke-width="2.4"/);
		expect(svg).toContain('paint-order="stroke"');
		expect(svg.match(/<tspan/g)).toHaveLength(2);
	});
});

describe('Collider', () => {
	const block = (x: number) => ({
		x,
		y: 50,
		lines: [{ text: 'Karaganda', size: 11 }],
		anchor: 'middle' as const,
		align: 'center' as const,
		fill: '#000',
		halo: '#fff',
		haloWidth: 1
	});

	it('keeps the first of two overlapping labels, and labels cut by the edge out', () => {
		const c = new Collider(300, 100);
		expect(c.place(textBox(block(100)))).toBe(true);
		expect(c.place(textBox(block(120)))).toBe(false);
		expect(c.place(textBox(block(220)))).toBe(true);
		expect(c.place(textBox(block(5)))).toBe(false);
	});
});
