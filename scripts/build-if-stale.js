// `node scripts/build-if-stale.js`: runs `npm run build` unless BUILD_DIR (default build/) holds a current build of
// STORY_DIR for BASE_PATH and SITE_ORIGIN (scripts/build-freshness.js). `npm run test:browser` starts with it, so a
// test run right after `npm start` (as .ci/run does) tests that build instead of making it again.
import { execSync } from 'node:child_process';
import { staleBecause } from './build-freshness.js';

const root = process.env.BUILD_DIR ?? 'build';
const why = staleBecause(root);
if (why) {
	console.log(`build: ${why}: npm run build`);
	execSync('npm run build', { stdio: 'inherit' });
} else console.log(`build: ${root}/ is current for its sources, story and base path: not building it again`);
