// The stories `npm run bench:scale` builds must be stories the build accepts: real quotes, valid fields.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaces, generateStory } from '../bench/scale/generate';
import { readStoryFiles } from '../src/lib/server/story';
import { parseStory } from '../src/lib/story/validate';

const work = mkdtempSync(join(tmpdir(), 'scale-story-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateStory', () => {
	it('adds points, routes and areas up to the size asked, and the story validates', () => {
		const dir = join(work, 'a');
		const base = countPlaces('geo');
		expect(generateStory('geo', dir, base + 100)).toBe(base + 100);
		const { story, problems } = parseStory(readStoryFiles(dir));
		expect(problems).toEqual([]);
		const sizes = Object.fromEntries(story!.layers.map((l) => [l.id, l.features.length]));
		expect(sizes).toMatchObject({ 'generated-points': 80, 'generated-routes': 10, 'generated-areas': 10 });
		// Below the story's own layers, areas lowest.
		expect(story!.layers.slice(0, 3).map((l) => l.id)).toEqual([
			'generated-areas',
			'generated-routes',
			'generated-points'
		]);
	});

	it('is the same story on every run, and adds nothing to a story already that large', () => {
		generateStory('geo', join(work, 'b'), 150);
		generateStory('geo', join(work, 'c'), 150);
		const layer = (d: string) => readFileSync(join(work, d, 'layers', 'generated-points.geojson'), 'utf8');
		expect(layer('b')).toBe(layer('c'));
		expect(generateStory('geo', join(work, 'd'), 1)).toBe(countPlaces('geo'));
	});
});
