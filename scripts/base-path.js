// The sub-path the site is deployed under, from BASE_PATH (`/graphics/kazakhstan`; '' at the root of a host): read by
// svelte.config.js (SvelteKit's `paths.base`), scripts/postbuild.js (which records it) and scripts/serve.js (which
// serves the build there). Plain JavaScript, because svelte.config.js imports it.

/** BASE_PATH as SvelteKit wants it: '' or a path that starts, and does not end, with a slash. */
export function basePath(value = process.env.BASE_PATH ?? '') {
	const trimmed = value.trim().replace(/\/+$/, '');
	return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}
