// `npm run bench [-- --runs 5]`: the app's map page against two plain peers (Leaflet 1.9, MapLibre with the app's own
// style) showing the same data, in headless Chromium; then `npm run snapshot` timings. Prints a Markdown table and
// writes bench/results.json. How each figure is measured: bench/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { freePort, startServer, stopServer, waitFor } from '../scripts/server-process';
import { interactRun, mapBox, paintRun, settle, viewport, type Rect } from './measure';
import { stagePeers } from './stage';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' } } });
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');
const snapshotRuns = 3;
const buildDir = process.env.BUILD_DIR ?? 'build';
const pageTimeoutMs = 60_000;
// Ports from here up only: 4173 and 4174 belong to other runs on this machine, and 4190 (ManageSieve) is on the
// Fetch standard's list of bad ports, which Node's fetch refuses.
const FIRST_PORT = 4191;

const pages = ['app', 'leaflet', 'maplibre'] as const;
type PageName = (typeof pages)[number];

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const log = (message: string) => console.error(`bench: ${message}`);

/** Wall time of one `npm run snapshot -- …` command, as a reader would run it. */
function timeCommand(args: string[]): Promise<number> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', '--silent', 'snapshot', '--', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => (stderr += d));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve(performance.now() - started) : reject(new Error(`snapshot ${args.join(' ')}: ${stderr}`))
		);
	});
}

interface Samples {
	layersVisibleMs: number[];
	interactiveMs: number[];
	transferBytes: number[];
	requests: number[];
	/** Drags made until the map answered one: the resolution of interactiveMs is one drag, about 100 ms. */
	drags: number[];
}

/** A run that fails (a busy machine can stall a page past its timeout) is run again, twice at most, and noted. */
async function retried<T>(run: () => Promise<T>, warnings: Set<string>, servers: ChildProcess[]): Promise<T> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await run();
		} catch (e) {
			if (servers.some((s) => s.exitCode !== null || s.signalCode !== null))
				throw new Error(
					'a server stopped during the bench (was build/ rebuilt meanwhile? sirv serves the files it saw at start)',
					{ cause: e }
				);
			if (attempt === 3) throw e;
			warnings.add(`a run failed and was repeated: ${(e as Error).message.split('\n')[0]}`);
		}
	}
}

async function measurePages(browser: Browser, urls: Record<PageName, string>, box: Rect, servers: ChildProcess[]) {
	const samples = Object.fromEntries(
		pages.map((p) => [p, { layersVisibleMs: [], interactiveMs: [], transferBytes: [], requests: [], drags: [] }])
	) as unknown as Record<PageName, Samples>;
	const warnings = new Set<string>();
	// Round 0 warms up the browser, the servers and the disk cache; it is not counted.
	for (let round = 0; round <= runs; round++) {
		// Alternating pages, in an order that rotates each round so none always follows the same page.
		const order = pages.map((_, i) => pages[(i + round) % pages.length]!);
		for (const name of order) {
			await settle(browser);
			const paint = await retried(() => paintRun(browser, urls[name], pageTimeoutMs), warnings, servers);
			if (!paint.initialView) throw new Error(`${urls[name]}: the map never reported its camera (data-view)`);
			const unmoved = paint.views;
			await settle(browser);
			const interact = await retried(
				() => interactRun(browser, urls[name], box, unmoved, pageTimeoutMs),
				warnings,
				servers
			);
			for (const e of [...paint.pageErrors, ...interact.pageErrors]) warnings.add(`${name}: page error: ${e}`);
			for (const u of paint.offsite) warnings.add(`${name}: request to another host: ${u}`);
			if (round === 0) continue;
			const s = samples[name];
			s.layersVisibleMs.push(paint.layersVisibleMs);
			s.interactiveMs.push(interact.interactiveMs);
			s.transferBytes.push(paint.transferBytes);
			s.requests.push(paint.requests);
			s.drags.push(interact.drags);
		}
		log(`round ${round === 0 ? '0 (warm-up)' : `${round}/${runs}`} done`);
	}
	for (const w of warnings) log(`warning: ${w}`);
	return samples;
}

async function main() {
	const started = performance.now();
	const children: ChildProcess[] = [];
	const out = mkdtempSync(join(tmpdir(), 'article-map-bench-'));
	const stopAll = () => children.forEach(stopServer);
	process.once('SIGINT', () => (stopAll(), process.exit(130)));
	try {
		const appPort = await freePort(FIRST_PORT);
		log(`npm start on port ${appPort} (it builds first if build/ is stale)`);
		const app = startServer('npm', ['start'], { PORT: String(appPort), HOST: '127.0.0.1' });
		children.push(app);
		const appOrigin = `http://127.0.0.1:${appPort}`;
		await waitFor(`${appOrigin}/`, app, 15 * 60_000);
		const serverStartMs = performance.now() - started;
		// Other work on the machine shows in every figure: noted with the results.
		const loadBefore = loadavg()[0]!;
		const measureStarted = performance.now();

		log(`staging the peer pages in ${out}`);
		await stagePeers(buildDir, out);
		const peerPort = await freePort(FIRST_PORT, appPort);
		const peers = startServer('node', ['bench/serve-static.js', out, String(peerPort)], {});
		children.push(peers);
		const peerOrigin = `http://127.0.0.1:${peerPort}`;
		await waitFor(`${peerOrigin}/leaflet/`, peers, 10_000);

		const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
		const chromiumVersion = browser.version();
		let samples: Record<PageName, Samples>;
		let box: Rect;
		try {
			box = await mapBox(browser, `${appOrigin}/`, pageTimeoutMs);
			const at = new URLSearchParams({
				x: String(box.x),
				y: String(box.y),
				w: String(box.width),
				h: String(box.height)
			});
			const urls: Record<PageName, string> = {
				app: `${appOrigin}/`,
				leaflet: `${peerOrigin}/leaflet/?${at}`,
				maplibre: `${peerOrigin}/maplibre/?${at}`
			};
			log(`${runs} runs per page and metric after a warm-up; map box ${box.width}×${box.height} at ${box.x},${box.y}`);
			samples = await measurePages(browser, urls, box, children);
		} finally {
			await browser.close();
		}
		stopAll();

		log(`npm run snapshot, ${snapshotRuns} times each for PDF and PNG at 300 dpi`);
		const snap = { pdf: [] as number[], png300: [] as number[] };
		for (let i = 0; i < snapshotRuns; i++) {
			snap.pdf.push(await timeCommand(['/print', '--out', join(out, 'bench.pdf')]));
			snap.png300.push(await timeCommand(['/print', '--out', join(out, 'bench.png'), '--dpi', '300']));
		}

		const result = report(samples, snap, {
			chromiumVersion,
			box,
			serverStartMs,
			elapsedMs: performance.now() - measureStarted,
			load: [loadBefore, loadavg()[0]!]
		});
		// Formatted as `npm run lint` wants it, and written whole or not at all.
		const path = 'bench/results.json';
		const json = await format(JSON.stringify(result), { ...(await resolveConfig(path)), filepath: path });
		writeFileSync('bench/results.tmp.json', json);
		renameSync('bench/results.tmp.json', path);
		log(`wrote ${path}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
	} finally {
		stopAll();
		rmSync(out, { recursive: true, force: true });
	}
}

function report(
	samples: Record<PageName, Samples>,
	snap: { pdf: number[]; png300: number[] },
	{
		chromiumVersion,
		box,
		serverStartMs,
		elapsedMs,
		load
	}: { chromiumVersion: string; box: Rect; serverStartMs: number; elapsedMs: number; load: number[] }
) {
	const round = (n: number) => Math.round(n);
	const summary = (s: Samples) => ({
		layersVisibleMs: round(median(s.layersVisibleMs)),
		interactiveMs: round(median(s.interactiveMs)),
		transferGzipBytes: round(median(s.transferBytes)),
		requests: median(s.requests),
		samples: {
			layersVisibleMs: s.layersVisibleMs.map(round),
			interactiveMs: s.interactiveMs.map(round),
			transferGzipBytes: s.transferBytes,
			drags: s.drags
		}
	});
	const perPage = { app: summary(samples.app), leaflet: summary(samples.leaflet), maplibre: summary(samples.maplibre) };
	const ratio = (peer: PageName) => {
		const of = (m: 'layersVisibleMs' | 'interactiveMs' | 'transferGzipBytes') =>
			Math.round((perPage.app[m] / perPage[peer][m]) * 100) / 100;
		return {
			layersVisibleMs: of('layersVisibleMs'),
			interactiveMs: of('interactiveMs'),
			transferGzipBytes: of('transferGzipBytes')
		};
	};
	const ratios = { 'app/leaflet': ratio('leaflet'), 'app/maplibre': ratio('maplibre') };
	const snapshot = {
		pdfMs: round(median(snap.pdf)),
		png300Ms: round(median(snap.png300)),
		runs: snapshotRuns,
		samples: { pdfMs: snap.pdf.map(round), png300Ms: snap.png300.map(round) }
	};
	const cpu = cpus();
	const machine = {
		cpu: cpu[0]?.model ?? 'unknown',
		cores: cpu.length,
		os: `${type()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion,
		// The 1-minute load average before and after the measurements; above the core count, figures run long.
		loadAverage: load.map((l) => Math.round(l * 100) / 100)
	};

	const spread = (xs: number[]) => `${round(Math.min(...xs))}–${round(Math.max(...xs))}`;
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	const labels: Record<PageName, string> = {
		app: 'app `/`',
		leaflet: 'peer: Leaflet 1.9',
		maplibre: 'peer: MapLibre (same style)'
	};
	const lines = [
		'| page | layersVisibleMs (min–max) | interactiveMs (min–max) | transferGzipBytes | requests |',
		'|---|---:|---:|---:|---:|',
		...pages.map((p) => {
			const s = samples[p];
			const m = perPage[p];
			return `| ${labels[p]} | ${m.layersVisibleMs} (${spread(s.layersVisibleMs)}) | ${m.interactiveMs} (${spread(s.interactiveMs)}) | ${m.transferGzipBytes} (${kb(m.transferGzipBytes)}) | ${m.requests} |`;
		}),
		...(['leaflet', 'maplibre'] as const).map((peer) => {
			const r = ratios[`app/${peer}`];
			return `| ratio app/${peer} | ${r.layersVisibleMs.toFixed(2)} | ${r.interactiveMs.toFixed(2)} | ${r.transferGzipBytes.toFixed(2)} | |`;
		}),
		'',
		'| `npm run snapshot -- /print` | median (runs) |',
		'|---|---:|',
		`| \`--out x.pdf\` | ${snapshot.pdfMs} ms (${snapshot.samples.pdfMs.join(', ')}) |`,
		`| \`--out x.png --dpi 300\` | ${snapshot.png300Ms} ms (${snapshot.samples.png300Ms.join(', ')}) |`,
		'',
		`${runs} runs per page and metric after a warm-up, a fresh browser context each; viewport ${viewport.width}×${viewport.height}; ` +
			`${machine.cpu}, ${machine.cores} cores (load average ${machine.loadAverage.join(' → ')}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; ` +
			`${new Date().toISOString().slice(0, 10)}.`
	];
	console.log(lines.join('\n'));

	return {
		date: new Date().toISOString(),
		runs,
		warmupRuns: 1,
		viewport,
		mapBox: box,
		machine,
		// `npm start` until it answered (a build, when build/ was stale), then the measurements and snapshots.
		serverStartMs: round(serverStartMs),
		elapsedMs: round(elapsedMs),
		pages: perPage,
		ratios,
		snapshot
	};
}

main().catch((e: unknown) => {
	log(e instanceof Error ? e.message : String(e));
	if (e instanceof Error && e.cause instanceof Error) log(`because: ${e.cause.message.split('\n')[0]}`);
	process.exit(1);
});
