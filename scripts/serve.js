// `npm start`: builds the site if it is missing or older than its sources, then serves build/
// with precompressed responses (brotli, gzip), ETags and long-lived caching for hashed assets.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

const root = process.env.BUILD_DIR ?? 'build';
const storyDir = resolve(process.env.STORY_DIR ?? 'geo');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const sources = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stamp = join(root, '.build-info.json');
const builtFor = () => JSON.parse(readFileSync(stamp, 'utf8')).storyDir;
// A build of another story folder is as stale as one older than its sources.
if (
	!existsSync(stamp) ||
	builtFor() !== storyDir ||
	Math.max(...sources.map(newest), newest(storyDir)) > statSync(stamp).mtimeMs
) {
	console.log('start: building the site first (npm run build)');
	execSync('npm run build', { stdio: 'inherit' });
}

const assets = sirv(root, {
	gzip: true,
	brotli: true,
	etag: true,
	extensions: ['html'],
	setHeaders(res, pathname) {
		res.setHeader(
			'Cache-Control',
			pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate'
		);
		res.setHeader('X-Content-Type-Options', 'nosniff');
		// Only the embed view may be framed, by any site; every other page by none.
		res.setHeader(
			'Content-Security-Policy',
			`frame-ancestors ${/^\/embed(\/|\.html|$)/.test(pathname) ? '*' : "'none'"}`
		);
		res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
	}
});

const server = createServer((req, res) =>
	assets(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	})
);
server.listen(port, host, () =>
	console.log(`article-map: serving ${root}/ on http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`)
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
