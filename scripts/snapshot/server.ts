import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { SnapshotError } from './errors';

/** Builds the site when `<buildDir>/index.html` is missing, with the build's output on stderr. */
export function ensureBuild(buildDir: string) {
	if (existsSync(join(buildDir, 'index.html'))) return;
	console.error(`snapshot: ${buildDir}/index.html is missing: building the site first (npm run build)`);
	const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', process.stderr, process.stderr] });
	if (build.status !== 0) throw new SnapshotError(`npm run build failed (exit ${build.status ?? build.signal})`);
}

/** Serves `buildDir` on 127.0.0.1 at a port the system picks; resolves to its origin and a close function. */
export async function serveBuild(buildDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const assets = sirv(buildDir, { extensions: ['html'], etag: true });
	const server: Server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/plain; charset=utf-8');
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
