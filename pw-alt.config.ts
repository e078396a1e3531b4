import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.js';

export const APP_URL = 'http://127.0.0.1:4185';
export const FIXTURE_URL = 'http://127.0.0.1:4186';

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
		baseURL: APP_URL,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
		viewport: { width: 1440, height: 900 }
	},
	webServer: [
		{
			command: 'node scripts/serve.js',
			url: `${APP_URL}/`,
			env: { PORT: '4185' },
			reuseExistingServer: false,
			timeout: 180_000
		},
		{
			command: 'node scripts/serve.js',
			url: `${FIXTURE_URL}/`,
			env: { PORT: '4186', STORY_DIR: 'tests/fixtures/mini-story', BUILD_DIR: 'build-fixture' },
			reuseExistingServer: false,
			timeout: 180_000
		}
	]
});
