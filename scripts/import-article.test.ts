import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const source = readFileSync('geo/source/article.txt', 'utf8');
const { blocks } = JSON.parse(readFileSync('geo/article.json', 'utf8')) as {
	blocks: { id: string; type: string; text: string }[];
};

it('the article blocks reproduce the source text exactly, typos included', () => {
	expect(blocks.map((b) => b.text).join('\n\n')).toBe(source);
	expect(source).toContain('gewelddaidg');
});

it('has the three subheadings and the two pull quotes in reading order', () => {
	expect(blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
		'Walvis van het regime',
		'Bestorming en brandstichting',
		'Russische havik'
	]);
	expect(blocks.filter((b) => b.type === 'pullquote').map((b) => b.text.slice(0, 14))).toEqual([
		'3 procent Olie',
		'Een belangrijk'
	]);
	expect(blocks.map((b) => b.id)).toEqual(blocks.map((_, i) => `p${i + 1}`));
});
