// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The story has light place pages (src/params/light.ts): set by vite.config.ts from the story folder. */
	const __LIGHT_PLACE_PAGES__: boolean;
}

export {};
