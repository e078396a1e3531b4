import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { boundsToBox, regionFromStory } from './region';

const dirs: string[] = [];
function storyWith(json: unknown): string {
	const dir = mkdtempSync(join(tmpdir(), 'basemap-region-'));
	dirs.push(dir);
	writeFileSync(join(dir, 'story.json'), JSON.stringify(json));
	return dir;
}
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('region', () => {
	it('boundsToBox turns [[west, south], [east, north]] into [west, south, east, north]', () => {
		expect(
			boundsToBox([
				[20, 25],
				[100, 62]
			])
		).toEqual([20, 25, 100, 62]);
	});

	it("reads the region from the story's bounds", () => {
		expect(regionFromStory(fileURLToPath(new URL('../../geo', import.meta.url)))).toEqual([20, 25, 100, 62]);
		expect(
			regionFromStory(
				storyWith({
					bounds: [
						[2, 49],
						[7, 52]
					]
				})
			)
		).toEqual([2, 49, 7, 52]);
	});

	it('names the file and the field when the bounds are missing or not a box', () => {
		expect(() => regionFromStory(storyWith({}))).toThrow(/story\.json: bounds: /);
		expect(() =>
			regionFromStory(
				storyWith({
					bounds: [
						[20, 25],
						[200, 62]
					]
				})
			)
		).toThrow(/story\.json: bounds\.1\.0: /);
		expect(() =>
			regionFromStory(
				storyWith({
					bounds: [
						[100, 25],
						[20, 62]
					]
				})
			)
		).toThrow('expected west < east and south < north');
	});
});
