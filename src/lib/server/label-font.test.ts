import { describe, expect, it } from 'vitest';
import { LABEL_FONT, labelFontCss, labelText } from './label-font';

describe('labelText', () => {
	it('is what the text elements say, markup and entities undone', () => {
		const svg =
			'<svg><path d="M0 0"/><text x="1"><tspan>Almaty</tspan><tspan>Алматы</tspan></text>' +
			'<text>A &amp; B &lt;C&gt;</text></svg>';
		expect(labelText(svg)).toBe('AlmatyАлматыA & B <C>');
	});
});

describe('labelFontCss', () => {
	const decode = (css: string) =>
		[...css.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1]!, 'base64'));
	const ranges = (css: string) =>
		[...css.matchAll(/unicode-range:([^}]+)}/g)].flatMap((m) => m[1]!.split(',').map((u) => parseInt(u.slice(2), 16)));

	it('covers every character of the labels, Latin and Kazakh Cyrillic, with WOFF2 fonts of the one family', async () => {
		const text = 'Nur-Sultan Нұр-Сұлтан OʻZBEKISTON Aşgabat';
		const css = await labelFontCss(text);
		expect(css.match(/font-family:"([^"]+)"/g)!.every((f) => f.includes(LABEL_FONT))).toBe(true);
		const covered = new Set(ranges(css));
		for (const c of text.replace(/ /g, '')) expect(covered.has(c.codePointAt(0)!), c).toBe(true);
		// Fontsource splits Noto Sans by script: Latin, Latin Extended (ş), Cyrillic, Cyrillic Extended (ұ).
		const fonts = decode(css);
		expect(fonts).toHaveLength(4);
		for (const font of fonts) expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
	});

	it('holds only the characters asked for: a few labels weigh a few kilobytes', async () => {
		const css = await labelFontCss('Almaty');
		expect(ranges(css).sort((a, b) => a - b)).toEqual(
			[...new Set(' Almaty')].map((c) => c.codePointAt(0)!).sort((a, b) => a - b)
		);
		expect(decode(css)[0]!.length).toBeLessThan(4000);
	});
});
