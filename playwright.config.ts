import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';
import { FIXTURE_BASE_PATH } from './tests/fixture-base-path.js';

// Every server the tests start listens on a port the system picks (PORT=0), so the tests run beside `npm start` on
// 4173. Playwright reads each port from the server's first line into APP_PORT or FIXTURE_PORT before any worker
// starts; the workers inherit that environment and load this file again, so they find the app's origin here.
const serving = (group: string) => new RegExp(`article-map: serving \\S+ on http://127\\.0\\.0\\.1:(?<${group}>\\d+)/`);
const server = (group: string, env: Record<string, string> = {}) => ({
	command: 'node scripts/serve.js',
	env: { PORT: '0', HOST: '127.0.0.1', ...env },
	wait: { stdout: serving(group) },
	timeout: 180_000
});

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	timeout: 90_000,
	expect: { timeout: 30_000 },
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	use: {
		baseURL: process.env.APP_PORT && `http://127.0.0.1:${process.env.APP_PORT}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		viewport: { width: 1440, height: 900 }
	},
	webServer: [
		server('app_port'),
		// The second story is built for, and served under, a sub-path (tests/sub-path.spec.ts).
		server('fixture_port', {
			STORY_DIR: 'tests/fixtures/mini-story',
			BUILD_DIR: 'build-fixture',
			BASE_PATH: FIXTURE_BASE_PATH
		}),
		// A story of many places: the default story and generated places (tests/fixtures/many-places.ts, which writes
		// it when missing; tests/many-places.spec.ts).
		{
			...server('many_port', { STORY_DIR: 'build-many/story', BUILD_DIR: 'build-many/site' }),
			command: 'npx tsx tests/fixtures/many-places.ts && node scripts/serve.js'
		}
	]
});
