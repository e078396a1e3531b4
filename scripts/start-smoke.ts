// `npm run start-smoke`: the README's first command as a fresh clone runs it. After `npm ci`, `npm start` must build
// the site from nothing (no build/, no .svelte-kit/) and serve the map page with its scripts, and a place page.
// .ci/run runs this before `npm test`, whose first step (svelte-kit sync) would otherwise hide a build that only
// works after it.
import { existsSync } from 'node:fs';
import { freePort, startServer, stopServer, waitFor } from './server-process';

const fresh = !existsSync('build') && !existsSync('.svelte-kit');
if (!fresh) console.log("start-smoke: build/ or .svelte-kit/ exists already: this is not a fresh clone's first start");
const port = await freePort(4450);
const origin = `http://127.0.0.1:${port}`;
const server = startServer('npm', ['start'], { PORT: String(port) });
try {
	await waitFor(`${origin}/`, server, 10 * 60_000);
	const html = await (await fetch(`${origin}/`)).text();
	// SvelteKit's client starts from its entry, which the page imports.
	const scripts = [...html.matchAll(/import\("([^"]+\/entry\/[^"]+\.js)"\)/g)].map((m) => m[1]!);
	if (scripts.length === 0) throw new Error('/ imports no SvelteKit entry: the map page would not hydrate');
	for (const path of [...scripts, '/place/almaty-akimat']) {
		const response = await fetch(`${origin}${path}`);
		if (!response.ok) throw new Error(`${path} answered ${response.status}`);
	}
	console.log(`start-smoke: npm start built and served / (with ${scripts.join(', ')}) and /place/almaty-akimat`);
} finally {
	stopServer(server);
}
