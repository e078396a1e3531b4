import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { hasLightPlacePages, storyPlaceCount } from './scripts/story-folder.js';

export default defineConfig({
	plugins: [sveltekit()],
	// Which of the two place page routes serves `/place/<id>` (src/params/light.ts).
	define: { __LIGHT_PLACE_PAGES__: JSON.stringify(hasLightPlacePages(storyPlaceCount())) },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
		environment: 'node'
	}
});
