import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Story, StoryFiles } from '../story/types';
import { formatProblem, parseStory } from '../story/validate';

/** The story folder: `STORY_DIR`, or `geo/` at the project root. */
export function storyDir(): string {
	return resolve(process.env.STORY_DIR ?? 'geo');
}

/** Reads the files of a story folder, with paths relative to the working directory for messages. */
export function readStoryFiles(dir = storyDir()): StoryFiles {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const read = (path: string) => ({ path: shown(path), text: readFileSync(path, 'utf8') });
	const layerDir = join(dir, 'layers');
	return {
		story: read(join(dir, 'story.json')),
		article: read(join(dir, 'article.json')),
		layers: readdirSync(layerDir)
			.filter((name) => name.endsWith('.geojson'))
			.sort()
			.map((name) => ({ id: name.replace(/\.geojson$/, ''), ...read(join(layerDir, name)) }))
	};
}

/** Loads and validates the story; a bad story throws with every problem listed. */
export function loadStory(dir = storyDir()): Story {
	const { story, problems } = parseStory(readStoryFiles(dir));
	if (!story) throw new Error(`The story in ${dir} is not valid:\n${problems.map(formatProblem).join('\n')}`);
	return story;
}
