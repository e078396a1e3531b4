// `npm start`: builds the site if it is missing or older than its sources, then serves build/
// with precompressed responses (brotli, gzip), ETags and long-lived caching for hashed assets.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { basePath } from './base-path.js';
import { closeOnSignal, staticServer } from './static-site.js';

const root = process.env.BUILD_DIR ?? 'build';
const storyDir = resolve(process.env.STORY_DIR ?? 'geo');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = basePath();
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stamp = join(root, '.build-info.json');
const built = existsSync(stamp) ? JSON.parse(readFileSync(stamp, 'utf8')) : null;
// A build of another story folder, or for another base path, is as stale as one older than its sources.
if (
	!built ||
	built.storyDir !== storyDir ||
	(built.basePath ?? '') !== base ||
	Math.max(...sources.map(newest), newest(storyDir)) > statSync(stamp).mtimeMs
) {
	console.log('start: building the site first (npm run build)');
	execSync('npm run build', { stdio: 'inherit' });
}

const server = staticServer(root, base);
// PORT=0 takes a port the system picks: the line names the port it got (the browser tests read it there).
server.listen(port, host, () =>
	console.log(
		`article-map: serving ${root}/ on http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}${base}/`
	)
);
closeOnSignal(server);
