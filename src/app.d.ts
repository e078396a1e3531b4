// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** svelte.config.js's `kit.paths.base`, for code that runs without SvelteKit's client (vite.config.ts defines it). */
	const __BASE_PATH__: string;
}

export {};
