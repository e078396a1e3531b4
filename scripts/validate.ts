// `npm run validate`: checks the story folder (geo/ or STORY_DIR) and prints every problem found.
import { existsSync } from 'node:fs';
import { readStoryFiles, storyDir } from '../src/lib/server/story';
import { formatProblem, parseStory } from '../src/lib/story/validate';

const dir = storyDir();
if (!existsSync(dir)) {
	console.error(`validate: story folder ${dir} does not exist`);
	process.exit(1);
}
let files;
try {
	files = readStoryFiles(dir);
} catch (e) {
	console.error(`validate: cannot read the story in ${dir}: ${(e as Error).message}`);
	process.exit(1);
}
const { story, problems } = parseStory(files);
if (!story) {
	console.error(`validate: ${problems.length} problem(s) in ${dir}:`);
	for (const p of problems) console.error(`  ${formatProblem(p)}`);
	process.exit(1);
}
const count = story.layers.reduce((n, l) => n + l.features.length, 0);
console.log(
	`validate: ${dir} is valid: ${story.blocks.length} blocks, ${story.layers.length} layers, ${count} features`
);
