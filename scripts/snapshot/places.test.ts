import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolder, placeIds, progress } from './places';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-places-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('placeIds', () => {
	it("lists the build's places in the story's order", () => {
		writeFileSync(join(dir, 'place-details.json'), JSON.stringify({ 'b-place': {}, 'a-place': {}, '2': {} }));
		// A number-like id ('2022' is kebab-case) comes first, as JSON objects order their keys: still every place.
		expect(placeIds(dir)).toEqual(['2', 'b-place', 'a-place']);
	});

	it('says what to do when the build has no place list or an empty one', () => {
		expect(() => placeIds(join(dir, 'nope'))).toThrow(
			`${join(dir, 'nope', 'place-details.json')} is missing: rebuild the site (npm run build)`
		);
		writeFileSync(join(dir, 'place-details.json'), '{}');
		expect(() => placeIds(dir)).toThrow('names no place');
	});
});

describe('makeFolder', () => {
	it('makes the folder and its parents, and keeps one that exists', () => {
		makeFolder(join(dir, 'a', 'b'));
		makeFolder(join(dir, 'a', 'b'));
		expect(statSync(join(dir, 'a', 'b')).isDirectory()).toBe(true);
	});

	it('names the folder when a file is in the way', () => {
		writeFileSync(join(dir, 'file'), '');
		expect(() => makeFolder(join(dir, 'file'))).toThrow(`cannot write ${join(dir, 'file')}: it is a file`);
		expect(() => makeFolder(join(dir, 'file', 'x'))).toThrow(
			`cannot write ${join(dir, 'file', 'x')}: a file is in its path`
		);
	});
});

describe('progress', () => {
	const stream = (isTTY: boolean) => {
		const out = { isTTY, text: '', write: (t: string) => (out.text += t) };
		return out;
	};

	it('writes one line per step off a terminal', () => {
		const s = stream(false);
		const show = progress(s);
		show('place 1 of 2: a');
		show('place 2 of 2: b');
		show.end();
		expect(s.text).toBe('place 1 of 2: a\nplace 2 of 2: b\n');
	});

	it('rewrites one line on a terminal, and ends it once', () => {
		const s = stream(true);
		const show = progress(s);
		show('place 1 of 2: a');
		show('place 2 of 2: b');
		show.end();
		show.end();
		expect(s.text).toBe('\r\x1b[2Kplace 1 of 2: a\r\x1b[2Kplace 2 of 2: b\n');
	});
});
