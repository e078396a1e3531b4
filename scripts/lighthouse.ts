// `npm run lighthouse [-- --runs 3] [--desktop] [--reports <dir>]`: Lighthouse 12 on `/` and a place page of the
// production build, served by `npm start` (which builds first when build/ is stale), in the system Chromium, with
// Lighthouse's default settings: a mobile phone (Moto G Power emulation), simulated slow 4G and 4× CPU slowdown.
// Prints a Markdown table (the median performance score and metrics of the runs, the lowest of the other scores) and
// writes bench/lighthouse.json. Exits with 1, one line per page and category below its target (performance 90;
// accessibility, best practices, SEO 100) followed by the audits that fail, when a page misses one.
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, type Flags, type Result } from 'lighthouse';
import { format, resolveConfig } from 'prettier';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { freePort, startServer, stopServer, waitFor } from './server-process';

const paths = ['/', '/place/almaty-akimat'];
// 4173 and 4174 belong to other runs on this machine, and the benchmark starts at 4191.
const FIRST_PORT = 4300;

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
const targets: Record<Category, number> = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
const categoryLabels: Record<Category, string> = {
	performance: 'performance',
	accessibility: 'accessibility',
	'best-practices': 'best practices',
	seo: 'SEO'
};
const metrics = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift',
	SI: 'speed-index'
} as const;
type Metric = keyof typeof metrics;

/** The options, or a one-line error and exit 1. */
function options() {
	try {
		const { values } = parseArgs({
			options: {
				runs: { type: 'string', default: '3' },
				desktop: { type: 'boolean', default: false },
				reports: { type: 'string' }
			}
		});
		const runs = Number(values.runs);
		if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of runs, at least 1');
		return { ...values, runs };
	} catch (e) {
		console.error(`lighthouse: ${(e as Error).message.split('\n')[0]}`);
		process.exit(1);
	}
}
const args = options();
const runs = args.runs;
const formFactor = args.desktop ? 'desktop' : 'mobile';
const outPath = args.desktop ? 'bench/lighthouse-desktop.json' : 'bench/lighthouse.json';

const log = (message: string) => console.error(`lighthouse: ${message}`);
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const score = (lhr: Result, category: Category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

const chromes = new Set<LaunchedChrome>();
const warnings = new Set<string>();
/** Chromium's full version, from the first browser launched (the user agent Lighthouse records is reduced). */
let chromiumVersion = 'unknown';

/** One Lighthouse run in a fresh Chromium (a new profile each time: no cache, no storage). */
async function audit(url: string): Promise<Result> {
	const chrome = await launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs],
		logLevel: 'silent'
	});
	chromes.add(chrome);
	try {
		if (chromiumVersion === 'unknown') {
			const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`).then((r) => r.json());
			chromiumVersion = String(version.Browser).replace(/^\D+\//, '');
		}
		const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
		const result = await lighthouse(url, flags, args.desktop ? desktopConfig : undefined);
		if (!result) throw new Error(`${url}: Lighthouse gave no result`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		// A metric Lighthouse could not compute (NO_LCP on a starved machine) leaves the performance score empty.
		if (lhr.categories.performance?.score == null) {
			const errored = Object.values(metrics).find((id) => lhr.audits[id]?.scoreDisplayMode === 'error');
			const why = errored ? `${errored}: ${lhr.audits[errored]?.errorMessage}` : 'a metric failed';
			throw new Error(`${url}: no performance score (${why})`);
		}
		for (const w of lhr.runWarnings) warnings.add(w.split('\n')[0]!);
		return lhr;
	} finally {
		chrome.kill();
		chromes.delete(chrome);
	}
}

/** A run that fails is run again, twice at most, and noted: a busy machine can starve one. */
async function auditRetried(url: string): Promise<Result> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await audit(url);
		} catch (e) {
			if (attempt === 3) throw e;
			const warning = `a run failed and was repeated: ${(e as Error).message.split('\n')[0]}`;
			log(warning);
			warnings.add(warning);
		}
	}
}

interface Page {
	path: string;
	runs: Result[];
	/** Performance: the median of the runs; the other categories: the lowest. */
	scores: Record<Category, number>;
	/** Medians of the runs, in ms (CLS unitless). */
	metrics: Record<Metric, number>;
	/** The run each category's score and failing audits come from. */
	runFor: Record<Category, Result>;
}

function summarise(path: string, lhrs: Result[]): Page {
	const byPerformance = [...lhrs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
	const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
	const worst = (c: Category) => lhrs.reduce((w, r) => (score(r, c) < score(w, c) ? r : w));
	const runFor = Object.fromEntries(categories.map((c) => [c, c === 'performance' ? medianRun : worst(c)])) as Record<
		Category,
		Result
	>;
	const scores = Object.fromEntries(
		categories.map((c) => [
			c,
			c === 'performance' ? Math.round(median(lhrs.map((r) => score(r, c)))) : score(runFor[c], c)
		])
	) as Record<Category, number>;
	const values = Object.fromEntries(
		Object.entries(metrics).map(([m, id]) => [m, median(lhrs.map((r) => r.audits[id]?.numericValue ?? NaN))])
	) as Record<Metric, number>;
	return { path, runs: lhrs, scores, metrics: values, runFor };
}

type Item = Record<string, unknown>;
const record = (v: unknown): Item | undefined => (typeof v === 'object' && v !== null ? (v as Item) : undefined);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
const clip = (s: string, n = 110) => {
	const line = s.replace(/\s+/g, ' ').trim();
	return line.length > n ? `${line.slice(0, n - 1)}…` : line;
};

/** A details table's rows, through the lists some audits (the LCP element, DOM size) nest them in. */
function rows(details: unknown): Item[] {
	const d = record(details);
	if (!d || !Array.isArray(d.items)) return [];
	const items = d.items.map(record).filter((i): i is Item => !!i);
	return d.type === 'list' ? items.flatMap(rows) : items;
}

/** One row as one short line: what (message, element, URL, kind of work, LCP phase) and what it costs. */
function describe(item: Item): string | undefined {
	const node = record(item.node);
	const source = record(item.source);
	const path = (url: unknown) => text(url)?.replace(/^https?:\/\/[^/]+/, '');
	const what =
		text(item.description) ??
		text(item.message) ??
		text(node?.snippet) ??
		path(item.url) ??
		path(source?.url) ??
		text(item.groupLabel) ??
		text(item.statistic) ??
		text(item.phase) ??
		text(item.label);
	if (!what) return undefined;
	const ms = (v: unknown) => (typeof v === 'number' && v > 0 ? `${Math.round(v)} ms` : '');
	const cost = [
		typeof item.wastedBytes === 'number' && item.wastedBytes > 0 ? `${kib(item.wastedBytes)} unused` : '',
		typeof item.totalBytes === 'number' && !item.wastedBytes ? kib(item.totalBytes) : '',
		ms(item.wastedMs),
		ms(item.total),
		ms(item.duration),
		ms(item.timing),
		typeof item.score === 'number' ? `shift ${item.score.toFixed(3)}` : '',
		typeof item.value === 'number' ? String(item.value) : String(record(item.value)?.value ?? '')
	].filter(Boolean);
	if (item.phase && !cost.length) return undefined;
	return clip(cost.length ? `${what} (${cost.join(', ')})` : what);
}

interface Failing {
	id: string;
	title: string;
	value: string;
	/** The first rows of its details, one line each. */
	rows: string[];
}

function failing(lhr: Result, id: string): Failing | undefined {
	const a = lhr.audits[id];
	if (!a) return undefined;
	const value =
		a.scoreDisplayMode === 'error' ? `error: ${a.errorMessage ?? 'unknown'}` : (a.displayValue ?? a.explanation ?? '');
	const lines = rows(a.details)
		.map(describe)
		.filter((l): l is string => !!l);
	return { id, title: a.title, value: clip(value, 200), rows: lines.slice(0, 4) };
}

/**
 * The audits that keep a category below 100: for accessibility, best practices and SEO every scored audit that
 * fails; for performance the metrics and the diagnostics Lighthouse's report flags, and the longest main-thread
 * tasks when Total Blocking Time is what costs.
 */
function failingAudits(lhr: Result, category: Category): Failing[] {
	const perf = category === 'performance';
	const found = (lhr.categories[category]?.auditRefs ?? []).filter((ref) => {
		const a = lhr.audits[ref.id];
		if (!a) return false;
		if (a.scoreDisplayMode === 'error') return true;
		const counted = perf ? (ref.group === 'metrics' && ref.weight > 0) || ref.group === 'diagnostics' : ref.weight > 0;
		return counted && a.score !== null && a.score < (perf ? 0.9 : 1);
	});
	const ids = found.map((ref) => ref.id);
	if (perf && ids.includes('total-blocking-time')) ids.push('long-tasks');
	return ids.map((id) => failing(lhr, id)).filter((f): f is Failing => !!f);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const metricText = (m: Metric, v: number) =>
	m === 'CLS' ? v.toFixed(3) : m === 'TBT' ? `${Math.round(v)} ms` : seconds(v);

function table(pages: Page[]) {
	const spread = (p: Page) => {
		const s = p.runs.map((r) => score(r, 'performance'));
		return runs > 1 ? ` (${Math.min(...s)}–${Math.max(...s)})` : '';
	};
	return [
		`| page | performance | accessibility | best practices | SEO | ${Object.keys(metrics).join(' | ')} |`,
		`|---|---:|---:|---:|---:|${'---:|'.repeat(Object.keys(metrics).length)}`,
		...pages.map(
			(p) =>
				`| \`${p.path}\` | ${p.scores.performance}${spread(p)} | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ` +
				`${(Object.keys(metrics) as Metric[]).map((m) => metricText(m, p.metrics[m])).join(' | ')} |`
		)
	].join('\n');
}

/** The one-line failures, each followed by the audits that fail. */
function failures(pages: Page[]): string[] {
	const out: string[] = [];
	for (const p of pages)
		for (const c of categories) {
			if (p.scores[c] >= targets[c]) continue;
			out.push(`lighthouse: ${p.path}: ${categoryLabels[c]} ${p.scores[c]}, below ${targets[c]}`);
			for (const f of failingAudits(p.runFor[c], c))
				out.push(`  ${f.id}: ${f.title}${f.value ? ` — ${f.value}` : ''}`, ...f.rows.map((r) => `      ${r}`));
		}
	return out;
}

function writeReports(dir: string, pages: Page[]) {
	mkdirSync(dir, { recursive: true });
	for (const p of pages) {
		const name = p.path === '/' ? 'home' : p.path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
		const file = join(dir, `${name}${args.desktop ? '-desktop' : ''}.html`);
		writeFileSync(file, generateReport(p.runFor.performance, 'html'));
		log(`wrote ${file} (the median run)`);
	}
}

async function writeJson(pages: Page[], extra: Record<string, unknown>) {
	const first = pages[0]!.runs[0]!;
	const round = (m: Metric, v: number) => (m === 'CLS' ? Math.round(v * 1000) / 1000 : Math.round(v));
	const result = {
		date: new Date().toISOString(),
		lighthouse: first.lighthouseVersion,
		formFactor,
		throttlingMethod: first.configSettings.throttlingMethod,
		throttling: first.configSettings.throttling,
		runs,
		targets,
		...extra,
		pages: Object.fromEntries(
			pages.map((p) => [
				p.path,
				{
					scores: p.scores,
					performanceRuns: p.runs.map((r) => score(r, 'performance')),
					metrics: Object.fromEntries(
						(Object.keys(metrics) as Metric[]).map((m) => [
							m === 'CLS' ? 'cls' : `${m.toLowerCase()}Ms`,
							round(m, p.metrics[m])
						])
					),
					failing: Object.fromEntries(
						categories
							.filter((c) => p.scores[c] < targets[c])
							.map((c) => [c, failingAudits(p.runFor[c], c).map(({ id, title, value }) => ({ id, title, value }))])
					)
				}
			])
		)
	};
	// Formatted as `npm run lint` wants it, and written whole or not at all.
	const json = await format(JSON.stringify(result), { ...(await resolveConfig(outPath)), filepath: outPath });
	const tmp = outPath.replace(/\.json$/, '.tmp.json');
	writeFileSync(tmp, json);
	renameSync(tmp, outPath);
}

async function main() {
	const started = performance.now();
	let server: ChildProcess | undefined;
	const stopAll = () => {
		for (const chrome of chromes) chrome.kill();
		if (server) stopServer(server);
	};
	process.once('SIGINT', () => (stopAll(), process.exit(130)));
	// The server is a process group of its own: it would outlive a crash.
	process.once('exit', stopAll);
	try {
		if (!existsSync(chromiumPath()))
			throw new Error(
				`Chromium not found at ${chromiumPath()}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`
			);
		const port = await freePort(FIRST_PORT);
		log(`npm start on port ${port} (it builds first if build/ is stale)`);
		server = startServer('npm', ['start'], { PORT: String(port), HOST: '127.0.0.1' });
		const origin = `http://127.0.0.1:${port}`;
		await waitFor(`${origin}/`, server, 15 * 60_000);
		for (const path of paths) {
			const { status } = await fetch(`${origin}${path}`);
			if (status !== 200) throw new Error(`${path} answers ${status}; is it still in the story (geo/)?`);
		}

		const loadBefore = loadavg()[0]!;
		const results = new Map<string, Result[]>(paths.map((p) => [p, []]));
		log(`${runs} run(s) per page, ${formFactor}, each in a fresh Chromium`);
		for (let round = 1; round <= runs; round++)
			for (const path of paths) {
				const t = performance.now();
				const lhr = await auditRetried(`${origin}${path}`);
				results.get(path)!.push(lhr);
				const s = categories.map((c) => `${categoryLabels[c]} ${score(lhr, c)}`).join(', ');
				log(`run ${round}/${runs} ${path}: ${s} (${seconds(performance.now() - t)})`);
			}
		stopAll();

		const pages = paths.map((p) => summarise(p, results.get(p)!));
		const all = pages.flatMap((p) => p.runs);
		const benchmarkIndex = Math.round(median(all.map((r) => r.environment.benchmarkIndex)));
		const load = [loadBefore, loadavg()[0]!].map((l) => Math.round(l * 100) / 100);
		const elapsedMs = Math.round(performance.now() - started);
		for (const w of warnings) log(`warning: ${w}`);

		console.log(table(pages));
		console.log(
			`\nLighthouse ${all[0]!.lighthouseVersion}, ${formFactor}, ${all[0]!.configSettings.throttlingMethod} throttling; ` +
				`median performance and metrics of ${runs} run(s), lowest other scores; Chromium ${chromiumVersion}, ` +
				`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores (load average ${load.join(' → ')}, ` +
				`Lighthouse benchmark index ${benchmarkIndex}); ${new Date().toISOString().slice(0, 10)}.`
		);
		await writeJson(pages, { chromium: chromiumVersion, benchmarkIndex, loadAverage: load, elapsedMs });
		if (args.reports) writeReports(args.reports, pages);
		log(`wrote ${outPath}; ${seconds(elapsedMs)} in all`);

		const failed = failures(pages);
		if (failed.length) {
			console.error(failed.join('\n'));
			process.exitCode = 1;
		}
	} finally {
		stopAll();
	}
}

main().catch((e: unknown) => {
	log(e instanceof Error ? e.message.split('\n')[0]! : String(e));
	process.exit(1);
});
