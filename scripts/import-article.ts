// Splits the verbatim article text (geo/source/article.txt) into typed blocks in geo/article.json.
// Blocks are separated by a blank line; which ones are headings or pull quotes is editorial, listed here.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const storyDir = resolve(process.env.STORY_DIR ?? 'geo');
const headings = ['Walvis van het regime', 'Bestorming en brandstichting', 'Russische havik'];
const pullquotes = [
	'3 procent Olie',
	'Een belangrijke les uit de recente geschiedenis is dat Russen niet graag meer vertrekken eens ze in je huis staan. Anthony'
];

const text = readFileSync(resolve(storyDir, 'source/article.txt'), 'utf8');
const blocks = text.split('\n\n').map((t, i) => ({
	id: `p${i + 1}`,
	type: headings.includes(t) ? 'heading' : pullquotes.some((q) => t.startsWith(q)) ? 'pullquote' : 'paragraph',
	text: t
}));
writeFileSync(resolve(storyDir, 'article.json'), JSON.stringify({ blocks }, null, '\t') + '\n');
console.log(`wrote ${blocks.length} blocks to ${resolve(storyDir, 'article.json')}`);
