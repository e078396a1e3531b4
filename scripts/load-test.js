// `npm run load-test`: mixed traffic (pages, data, assets) against `npm start` on loopback for 20 s with
// autocannon; fails unless it holds at least 1,000 requests per second with no error. Prints the figures.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const minRps = 1000;

// On a port the system picks (LOAD_PORT to choose one), named in the server's `serving` line: beside `npm start`.
const server = spawn('node', ['scripts/serve.js'], {
	env: { ...process.env, PORT: process.env.LOAD_PORT ?? '0', HOST: '127.0.0.1' },
	stdio: ['ignore', 'pipe', 'inherit']
});
const port = await new Promise((ok, fail) => {
	let out = '';
	server.stdout.on('data', (d) => {
		out += d;
		const serving = /serving \S+ on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
		if (serving) ok(Number(serving[1]));
	});
	server.once('exit', (code) => fail(new Error(`load-test: the server exited with code ${code} before serving`)));
});

// Read the page only now: the server may just have rebuilt the site, with new asset names.
const html = readFileSync('build/index.html', 'utf8');
const assets = [...new Set(html.match(/\/_app\/immutable\/[^"']+\.(js|css)/g) ?? [])].slice(0, 6);
const paths = [
	'/',
	'/place/almaty-akimat',
	'/print',
	'/basemap/countries.geojson',
	'/display/csto-arrivals.geojson',
	'/layers/almaty.geojson',
	...assets
];

const result = await autocannon({
	url: `http://127.0.0.1:${port}`,
	connections: 20,
	duration: seconds,
	requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'br, gzip' } }))
});
server.kill();

const rps = result.requests.average;
const failures = result.errors + result.timeouts + result.non2xx;
console.log(
	`load-test: ${result.requests.total} requests in ${seconds} s over ${paths.length} paths: ` +
		`${Math.round(rps)} req/s on average, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
		`${failures} errors or non-2xx`
);
if (rps < minRps || failures > 0) {
	console.error(`load-test: failed: needs ≥ ${minRps} req/s and no error`);
	process.exit(1);
}
