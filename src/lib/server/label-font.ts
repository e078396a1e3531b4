// The vector map's labels in the bundled Noto Sans, cut down to the characters they use and inlined in the page.
//
// Chromium lays SVG text out at the font size scaled to the drawing. In a system font, every new size and every
// character the font lacks is a synchronous request to the browser process on the way to the first paint (40–55
// of them for this map); in a web font that is still loading, the text is laid out twice. A font in a data: URL is
// there at the first layout. What the labels still cost (a font per size and script) is in bench/README.md.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { unescapeXml } from '../render/svg/escape';

/** The family name the vector map's labels ask for: only the labels' own characters are in it. */
export const LABEL_FONT = 'Map Labels';

interface Part {
	file: string;
	ranges: [number, number][];
}

/** Fontsource's files of Noto Sans in a weight (regular unless told), each with the characters it covers. */
export function notoSansParts(weight = 400): Part[] {
	const css = createRequire(import.meta.url).resolve(`@fontsource/noto-sans/${weight}.css`);
	const text = readFileSync(css, 'utf8');
	return [...text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
		file: join(dirname(css), 'files', m[1]!),
		ranges: m[2]!.split(',').map((r) => {
			const [from, to = from] = r.trim().slice(2).split('-');
			return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
		})
	}));
}

const hex = (c: number) => `U+${c.toString(16).toUpperCase()}`;

/** The labels' text in an SVG: what its `<text>` elements say. */
export function labelText(svg: string): string {
	const text = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, ''));
	return unescapeXml(text.join(''));
}

/**
 * `@font-face` rules of {@link LABEL_FONT} for exactly the characters of `text`: one per Fontsource file that
 * holds some of them, cut down to those, as WOFF2 in a data: URL. Characters no file holds are left to the
 * fallback font named after it.
 */
export async function labelFontCss(text: string): Promise<string> {
	const chars = [...new Set([...text].map((c) => c.codePointAt(0)!))].filter((c) => c > 32).sort((a, b) => a - b);
	const parts = notoSansParts();
	const byFile = new Map<string, number[]>();
	for (const c of chars) {
		const part = parts.find((p) => p.ranges.some(([from, to]) => c >= from && c <= to));
		if (part) byFile.set(part.file, [...(byFile.get(part.file) ?? []), c]);
	}
	const rules = await Promise.all(
		[...byFile].map(async ([file, codes]) => {
			const font = await subsetFont(readFileSync(file), String.fromCodePoint(32, ...codes), {
				targetFormat: 'woff2'
			});
			return (
				`@font-face{font-family:"${LABEL_FONT}";font-display:block;` +
				`src:url(data:font/woff2;base64,${Buffer.from(font).toString('base64')}) format("woff2");` +
				`unicode-range:${[32, ...codes].map(hex).join(',')}}`
			);
		})
	);
	return rules.join('');
}
