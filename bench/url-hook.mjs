// A Node module hook for the bench only: Vite's `import x from 'file?url'` yields the file's path, so the app's
// own `src/lib/map/fonts.ts` (unicode ranges and all) can be imported outside Vite.
import { fileURLToPath } from 'node:url';

const marker = '?bench-url';

export async function resolve(specifier, context, next) {
	if (!specifier.endsWith('?url')) return next(specifier, context);
	const { url } = await next(specifier.slice(0, -'?url'.length), context);
	return { url: `${url}${marker}`, shortCircuit: true };
}

export async function load(url, context, next) {
	if (!url.endsWith(marker)) return next(url, context);
	const path = fileURLToPath(url.slice(0, -marker.length));
	return { format: 'module', source: `export default ${JSON.stringify(path)};`, shortCircuit: true };
}
