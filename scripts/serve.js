// `npm start`: builds the site if it is missing or older than its sources, then serves build/
// with precompressed responses (brotli, gzip), ETags and long-lived caching for hashed assets.
import { execSync } from 'node:child_process';
import { basePath } from './base-path.js';
import { staleBecause } from './build-freshness.js';
import { closeOnSignal, staticServer } from './static-site.js';

const root = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = basePath();

// A build of another story folder, base path or origin is as stale as one older than its sources.
const stale = staleBecause(root);
if (stale) {
	console.log(`start: ${stale}: building the site first (npm run build)`);
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
