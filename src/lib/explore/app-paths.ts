// `$app/paths` for the map page's own client build (vite.map-page.config.ts), which runs without SvelteKit's client:
// the base path from svelte.config.js, and resolve() for the route IDs this app's components use (plain `[name]`
// parameters). On the server and in the other pages SvelteKit's own module serves.
export const base: string = __BASE_PATH__;

/** A pathname, or a route ID with its parameters filled in, prefixed with the base path. */
export function resolve(route: string, params: Record<string, string> = {}): string {
	return (
		base +
		route.replace(/\[(\w+)\]/g, (_, name: string) => {
			const value = params[name];
			if (!value) throw new Error(`Missing parameter '${name}' in route ${route}`);
			return value;
		})
	);
}
