import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { layerFiles, storyDir } from '../../../scripts/story-folder.js';
import type { Story, StoryFiles } from '../story/types';
import { formatProblem, parseStory } from '../story/validate';

export { storyDir };

/** Reads the files of a story folder, with paths relative to the working directory for messages. */
export function readStoryFiles(dir = storyDir()): StoryFiles {
	const shown = (path: string) => relative(process.cwd(), path) || path;
	const read = (path: string) => ({ path: shown(path), text: readFileSync(path, 'utf8') });
	return {
		story: read(join(dir, 'story.json')),
		article: read(join(dir, 'article.json')),
		layers: layerFiles(dir).map((name) => ({ id: name.replace(/\.geojson$/, ''), ...read(join(dir, 'layers', name)) }))
	};
}

/** The story files' paths, sizes and times: what tells whether a story loaded before is still the one on disk. */
function filesKey(dir: string): string {
	const paths = [
		join(dir, 'story.json'),
		join(dir, 'article.json'),
		...layerFiles(dir).map((name) => join(dir, 'layers', name))
	];
	return paths.map((path) => ((s) => `${path}:${s.size}:${s.mtimeMs}`)(statSync(path))).join('\n');
}

let loaded: { key: string; story: Story } | undefined;

/**
 * Loads and validates the story; a bad story throws with every problem listed. Loaded once while its files stay as
 * they are: a build asks for it on every page, and a story of thousands of places takes a while to validate.
 */
export function loadStory(dir = storyDir()): Story {
	const key = filesKey(dir);
	if (loaded?.key === key) return loaded.story;
	const { story, problems } = parseStory(readStoryFiles(dir));
	if (!story) throw new Error(`The story in ${dir} is not valid:\n${problems.map(formatProblem).join('\n')}`);
	loaded = { key, story };
	return story;
}
