import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyMetaSchema } from '../../src/lib/story/schema';
import type { Box } from './geometry';

/** The story's bounds as a box. Example: [[20, 25], [100, 62]] → [20, 25, 100, 62]. */
export function boundsToBox([[west, south], [east, north]]: [[number, number], [number, number]]): Box {
	return [west, south, east, north];
}

/**
 * The region the basemap covers: `bounds` ([[west, south], [east, north]]) of the story's story.json.
 * Throws with the file and the field when it is missing or not a box.
 */
export function regionFromStory(storyDir: string): Box {
	const file = join(storyDir, 'story.json');
	let json: { bounds?: unknown };
	try {
		json = JSON.parse(readFileSync(file, 'utf8')) as { bounds?: unknown };
	} catch (e) {
		throw new Error(`${file}: ${(e as Error).message}`, { cause: e });
	}
	const parsed = storyMetaSchema.shape.bounds.safeParse(json.bounds);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const at = ['bounds', ...(issue?.path ?? [])].join('.');
		throw new Error(`${file}: ${at}: ${issue?.message ?? 'expected [[west, south], [east, north]]'}`);
	}
	const box = boundsToBox(parsed.data);
	if (box[0] >= box[2] || box[1] >= box[3])
		throw new Error(`${file}: bounds: expected west < east and south < north, got ${JSON.stringify(json.bounds)}`);
	return box;
}
