// `npm run bench:scale [-- --sizes 35,500,2000,10000 --runs 5 --build-timeout-min 30]`: how the app grows with the
// number of places. For each size: a story of that many places (bench/scale/generate.ts: the default story plus
// generated ones), built; the build's time and bytes, the HTML of `/` and of a place page (gzip), and in Chromium
// (median of `--runs` loads each): the first paint of the layers, MapLibre ready, and the time from choosing a place
// in the list to its popup. Writes bench/scale.json and prints a Markdown table. What each figure is: bench/README.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { freePort, startServer, stopServer, waitFor } from '../scripts/server-process';
import { paintRun, settle, viewport } from './measure';
import { generateStory } from './scale/generate';

const { values: args } = parseArgs({
	options: {
		sizes: { type: 'string', default: '35,500,2000,10000' },
		runs: { type: 'string', default: '5' },
		'build-timeout-min': { type: 'string', default: '30' }
	}
});
const sizes = args.sizes.split(',').map(Number);
const runs = Number(args.runs);
const buildTimeoutMs = Number(args['build-timeout-min']) * 60_000;
if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error('--sizes takes whole numbers, e.g. 35,500');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number, at least 1');
/** The place chosen from the list at every size: one of the story's own, in every story the bench makes. */
const CHOSEN = 'almaty-akimat';
const pageTimeoutMs = 120_000;
/** Typed into the places filter: about a tenth of the generated places match ("Plaats 1…"), none of the story's own. */
const FILTER_QUERY = 'plaats 1';

const log = (message: string) => console.error(`bench:scale: ${message}`);
const median = (xs: number[]) => {
	if (!xs.length) return null;
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

function folderBytes(dir: string): number {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/**
 * `npm run build` of a story into a folder of its own: its wall time, or why there is none (it ran past the timeout,
 * or failed: the last line of its error output).
 */
function build(storyDir: string, buildDir: string): Promise<number | string> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', '--silent', 'build'], {
			// With no link previews made before: a first build, as on a fresh clone (a rebuild takes them from its cache).
			env: { ...process.env, STORY_DIR: storyDir, BUILD_DIR: buildDir, PREVIEW_CACHE_DIR: `${buildDir}-cache` },
			stdio: ['ignore', 'ignore', 'pipe'],
			detached: true
		});
		let stderr = '';
		child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d).slice(-4000)));
		const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), buildTimeoutMs);
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			if (signal === 'SIGKILL') resolve(`build stopped after ${args['build-timeout-min']} min`);
			else if (code === 0) resolve(performance.now() - started);
			else {
				log(`build of ${storyDir} failed (${code}):\n${stderr}`);
				const error = stderr.split('\n').find((line) => /error/i.test(line) && !/^error during build/.test(line));
				resolve(`build failed: ${(error ?? `exit code ${code}`).trim().slice(0, 120)}`);
			}
		});
	});
}

/** MapLibre ready (ms since navigation) and, once it is, the time from choosing CHOSEN in the list to its popup. */
async function chooseRun(browser: Browser, url: string) {
	const context = await browser.newContext({ viewport });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	try {
		await page.goto(url, { waitUntil: 'commit' });
		const readyMs = await page.evaluate(
			(ms) =>
				new Promise<number>((resolve, reject) => {
					const timer = setInterval(() => {
						if (document.querySelector('[data-testid="map"][data-ready="true"]')) resolve(performance.now());
						else if (performance.now() > ms) reject(new Error(`MapLibre not ready within ${ms} ms`));
						else return;
						clearInterval(timer);
					}, 20);
				}),
			pageTimeoutMs
		);
		// Clicked from inside the page and timed there, until the popup is in the page (polled every 4 ms).
		const chooseMs = await page.evaluate(
			(id) =>
				new Promise<number>((resolve, reject) => {
					const button = document.querySelector<HTMLElement>(`[data-testid="places"] [data-place="${id}"]`);
					if (!button) return reject(new Error(`no button for ${id} in the places list`));
					const started = performance.now();
					button.click();
					// A timer, not a named function: tsx would wrap that in a helper the page does not have.
					const timer = setInterval(() => {
						if (document.querySelector(`[data-testid="popup"][data-place="${id}"]`))
							resolve(performance.now() - started);
						else if (performance.now() - started > 10_000) reject(new Error(`no popup for ${id} within 10 s`));
						else return;
						clearInterval(timer);
					}, 4);
				}),
			CHOSEN
		);
		// Choosing a place may pan the map to make room for its popup (300 ms): the filter is timed once the map is still,
		// ten frames in a row of under 25 ms each (a frame that MapLibre draws takes 40 ms or more on the software GPU),
		// or after 5 s. A string, not a function: tsx would wrap a named function in a helper the page does not have.
		await page.evaluate(`new Promise((resolve) => {
			let quiet = 0, last = performance.now();
			const until = last + 5000;
			const frame = (now) => {
				quiet = now - last < 25 ? quiet + 1 : 0;
				last = now;
				if (quiet >= 10 || now > until) resolve();
				else requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		})`);
		// Typing in the places filter: from the input event to the end of the frame that shows the list it leaves.
		const filterMs = await page.evaluate(
			(query) =>
				new Promise<number>((resolve, reject) => {
					const input = document.querySelector<HTMLInputElement>('[data-testid="places"] input[type="search"]');
					if (!input) return reject(new Error('no places filter'));
					const started = performance.now();
					input.value = query;
					input.dispatchEvent(new Event('input', { bubbles: true }));
					requestAnimationFrame(() => {
						document.querySelector('[data-testid="places"]')!.getBoundingClientRect();
						setTimeout(() => resolve(performance.now() - started));
					});
				}),
			FILTER_QUERY
		);
		if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
		return { readyMs, chooseMs, filterMs };
	} finally {
		await context.close();
	}
}

interface SizeResult {
	places: number;
	buildMs: number | null;
	buildBytes: number | null;
	homeHtmlGzipBytes: number | null;
	placeHtmlGzipBytes: number | null;
	firstPaintMs: number | null;
	maplibreReadyMs: number | null;
	choosePlaceMs: number | null;
	filterMs: number | null;
	note?: string;
}

const work = mkdtempSync(join(tmpdir(), 'article-map-scale-'));
const results: SizeResult[] = [];
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
let port = 4290;
try {
	for (const size of sizes) {
		const storyDir = join(work, `story-${size}`);
		const buildDir = join(work, `build-${size}`);
		const places = generateStory(process.env.STORY_DIR ?? 'geo', storyDir, size);
		log(`${places} places: building`);
		const built = await build(storyDir, buildDir);
		const buildMs = typeof built === 'number' ? built : null;
		const result: SizeResult = {
			places,
			buildMs,
			buildBytes: null,
			homeHtmlGzipBytes: null,
			placeHtmlGzipBytes: null,
			firstPaintMs: null,
			maplibreReadyMs: null,
			choosePlaceMs: null,
			filterMs: null
		};
		results.push(result);
		if (buildMs === null) {
			result.note = built as string;
			log(`${places} places: ${result.note}; larger sizes skipped`);
			for (const dir of [buildDir, `${buildDir}-cache`]) rmSync(dir, { recursive: true, force: true });
			break;
		}
		result.buildBytes = folderBytes(buildDir);
		const gz = (file: string) => (existsSync(join(buildDir, file)) ? statSync(join(buildDir, file)).size : null);
		result.homeHtmlGzipBytes = gz('index.html.gz');
		result.placeHtmlGzipBytes = gz(`place/${CHOSEN}.html.gz`);
		log(`${places} places: built in ${(buildMs / 1000).toFixed(0)} s, ${(result.buildBytes / 1e6).toFixed(1)} MB`);

		port = await freePort(4290, port);
		const server = startServer('node', ['bench/serve-static.js', buildDir, String(port)], {});
		const url = `http://127.0.0.1:${port}/`;
		try {
			await waitFor(url, server, 30_000);
			const paint: number[] = [];
			const ready: number[] = [];
			const choose: number[] = [];
			const filter: number[] = [];
			for (let i = 0; i < runs; i++) {
				await settle(browser);
				paint.push((await paintRun(browser, url, pageTimeoutMs)).layersVisibleMs);
				await settle(browser);
				const r = await chooseRun(browser, url);
				ready.push(r.readyMs);
				choose.push(r.chooseMs);
				filter.push(r.filterMs);
			}
			result.firstPaintMs = median(paint);
			result.maplibreReadyMs = median(ready);
			result.choosePlaceMs = median(choose);
			result.filterMs = median(filter);
		} finally {
			stopServer(server);
		}
		for (const dir of [buildDir, `${buildDir}-cache`]) rmSync(dir, { recursive: true, force: true });
		log(`${places} places: measured`);
	}
} finally {
	await browser.close();
	rmSync(work, { recursive: true, force: true });
}

const kb = (b: number | null) => (b === null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const mb = (b: number | null) => (b === null ? '–' : `${(b / 1024 / 1024).toFixed(1)} MB`);
const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)}`);
const table = [
	'| places | build | build output | `/` HTML gzip | place page gzip | first paint ms | MapLibre ready ms | choose a place ms | filter ms |',
	'|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
	...results.map(
		(r) =>
			`| ${r.places} | ${r.buildMs === null ? (r.note ?? '–') : `${(r.buildMs / 1000).toFixed(0)} s`} | ${mb(r.buildBytes)} | ` +
			`${kb(r.homeHtmlGzipBytes)} | ${kb(r.placeHtmlGzipBytes)} | ${ms(r.firstPaintMs)} | ${ms(r.maplibreReadyMs)} | ${ms(r.choosePlaceMs)} | ${ms(r.filterMs)} |`
	)
].join('\n');
console.log(table);
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0]!.toFixed(2)} at the end`;
console.log(`\nmedians of ${runs} loads per size; ${machine}; ${new Date().toISOString().slice(0, 10)}`);
writeFileSync(
	'bench/scale.json',
	JSON.stringify({ date: new Date().toISOString(), runs, machine, chosenPlace: CHOSEN, sizes: results }, null, '\t') +
		'\n'
);
log('wrote bench/scale.json');
