// Records which story folder a build was made from, so `npm start` can tell a stale build.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const buildDir = process.env.BUILD_DIR ?? 'build';
writeFileSync(
	join(buildDir, '.build-info.json'),
	JSON.stringify({ storyDir: resolve(process.env.STORY_DIR ?? 'geo') }) + '\n'
);
