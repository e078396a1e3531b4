// `npm run snapshot -- <path-or-url> --out <file.pdf|file.png>`: the print layout of a deep link as a
// one-page vector PDF or a PNG at a given dpi, from the built site served locally with no network;
// `--all-places --out <folder>`: one such file per place of the story, from one browser and one server.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from '@playwright/test';
import { parseSnapshotArgs, usage, type Format, type SnapshotOptions } from './snapshot/args';
import { capture, checkChromium, launchChromium, type CaptureRequest } from './snapshot/capture';
import { SnapshotError } from './snapshot/errors';
import { checkWritable, formatBytes, pdfPageCount, pngSize, writeOutput } from './snapshot/output';
import { paperSize, pixelSize } from './snapshot/paper';
import { makeFolder, placeIds, progress } from './snapshot/places';
import { publicOrigin, readBuildInfo } from './snapshot/origin';
import { ensureBuild, serveBuild } from './snapshot/server';
import { snapshotTarget, type Target } from './snapshot/target';

const sheetName = ({ paper, orient }: Target) => `${paper === 'letter' ? 'Letter' : paper.toUpperCase()} ${orient}`;

/** "3508×2480 px at 300 dpi" */
function pixels({ dpi }: { dpi: number }, { paper, orient }: Target, png: Buffer): string {
	const { width, height } = pngSize(png) ?? pixelSize(paperSize(paper, orient), dpi);
	return `${width}×${height} px at ${dpi} dpi`;
}

/** "1 page, A4 landscape, 144 KB", or for a PNG "1 page, A4 landscape, 3508×2480 px at 300 dpi, 371 KB". */
function summary(options: { format: Format; dpi: number }, target: Target, data: Buffer): string {
	const bytes = formatBytes(data.length);
	if (options.format === 'png') return `1 page, ${sheetName(target)}, ${pixels(options, target, data)}, ${bytes}`;
	const pages = pdfPageCount(data);
	return `${pages} page${pages === 1 ? '' : 's'}, ${sheetName(target)}, ${bytes}`;
}

const seconds = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * The built site, served on a temporary local port but opened at its public origin (SITE_ORIGIN, else the one
 * the build assumed): the local server answers the browser's requests, so its address never reaches the page.
 */
async function openSite(buildDir: string) {
	ensureBuild(buildDir);
	const build = readBuildInfo(buildDir);
	const { origin, notes } = publicOrigin(process.env.SITE_ORIGIN, build);
	const server = await serveBuild(buildDir);
	return {
		local: server.origin,
		notes,
		close: server.close,
		/** What `capture` needs to open a path of the site (`/print?place=x&…`). */
		request: (path: string): Pick<CaptureRequest, 'url' | 'site'> => ({
			url: `${origin}${build.basePath}${path}`,
			site: { origin, basePath: build.basePath, local: server.origin }
		})
	};
}

/** What the page did wrong, on stderr; `prefix` names the place in a batch. */
function report(prefix: string, shot: { blocked: string[]; pageErrors: string[] }) {
	if (shot.pageErrors.length > 0)
		console.error(
			`snapshot: ${prefix}the page reported ${shot.pageErrors.length} error(s), first: ${shot.pageErrors[0]}`
		);
	if (shot.blocked.length > 0)
		console.error(
			`snapshot: ${prefix}blocked ${shot.blocked.length} request(s) to other hosts, first: ${shot.blocked[0]}`
		);
}

async function snapshotOne(options: Extract<SnapshotOptions, { allPlaces: false }>) {
	const started = performance.now();
	const target = snapshotTarget(options.input, options);
	checkWritable(options.out);
	checkChromium();

	const sheet = paperSize(target.paper, target.orient);
	const site = target.kind === 'site' ? await openSite(process.env.BUILD_DIR ?? 'build') : undefined;
	let browser: Browser | undefined;
	try {
		if (site && target.kind === 'site') {
			// Before Chromium starts; `/place/<id>` is checked as asked for, though the print page is opened.
			for (const path of [target.asked, new URL(target.path, site.local).pathname]) {
				const response = await fetch(`${site.local}${path}`);
				if (response.status === 404) throw new SnapshotError(`no such page: ${path}`);
			}
		}
		browser = await launchChromium();
		const shot = await capture(browser, {
			...(target.kind === 'site' ? site!.request(target.path) : { url: target.url }),
			label: target.kind === 'site' ? target.path : target.url,
			format: options.format,
			sheet,
			dpi: options.dpi,
			timeoutMs: options.timeoutS * 1000
		});
		writeOutput(options.out, shot.data);

		report('', shot);
		for (const note of site?.notes ?? []) console.error(`snapshot: ${note}`);
		console.log(`wrote ${options.out} (${summary(options, target, shot.data)}) in ${seconds(started)} s`);
	} finally {
		await browser?.close();
		await site?.close();
	}
}

async function snapshotPlaces(options: Extract<SnapshotOptions, { allPlaces: true }>) {
	const started = performance.now();
	const buildDir = process.env.BUILD_DIR ?? 'build';
	makeFolder(options.outDir);
	checkChromium();
	const site = await openSite(buildDir);
	let browser: Browser | undefined;
	try {
		const ids = placeIds(buildDir);
		const file = (id: string) => join(options.outDir, `${id}.${options.format}`);
		checkWritable(file(ids[0]!));
		browser = await launchChromium();

		const failed: string[] = [];
		let bytes = 0;
		let last: { target: Target; data: Buffer } | undefined;
		const show = progress(process.stderr);
		for (const [i, id] of ids.entries()) {
			show(`place ${i + 1} of ${ids.length}: ${id}`);
			const target = snapshotTarget(`/print?place=${id}`, options) as Extract<Target, { kind: 'site' }>;
			try {
				const shot = await capture(browser, {
					...site.request(target.path),
					label: target.path,
					format: options.format,
					sheet: paperSize(target.paper, target.orient),
					dpi: options.dpi,
					timeoutMs: options.timeoutS * 1000
				});
				writeOutput(file(id), shot.data);
				if (shot.pageErrors.length > 0 || shot.blocked.length > 0) show.end();
				report(`place ${id}: `, shot);
				bytes += shot.data.length;
				last = { target, data: shot.data };
			} catch (error) {
				// The next place may still work (each has its own page): say which failed, and go on.
				const message = error instanceof SnapshotError ? error.message : (error as Error).message.split('\n')[0];
				show.end();
				console.error(`snapshot: place ${id}: ${message}`);
				failed.push(id);
			}
		}
		show.end();

		const written = ids.length - failed.length;
		if (last) {
			for (const note of site.notes) console.error(`snapshot: ${note}`);
			const kind =
				options.format === 'png'
					? `${sheetName(last.target)} PNG, ${pixels(options, last.target, last.data)}`
					: `${sheetName(last.target)} PDF`;
			const files = `${written} file${written === 1 ? '' : 's'}`;
			console.log(
				`wrote ${files} to ${options.outDir} (${kind}, ${formatBytes(bytes)} in all) in ${seconds(started)} s`
			);
		}
		if (failed.length > 0)
			throw new SnapshotError(`${failed.length} of ${ids.length} places failed: ${failed.join(', ')}`);
	} finally {
		await browser?.close();
		await site.close();
	}
}

try {
	const parsed = parseSnapshotArgs(process.argv.slice(2));
	if (parsed.help) console.log(usage);
	else if (parsed.options.allPlaces) await snapshotPlaces(parsed.options);
	else await snapshotOne(parsed.options);
} catch (error) {
	// One line, no stack trace: the message says what to do.
	const message = error instanceof SnapshotError ? error.message : (error as Error).message.split('\n')[0];
	console.error(`snapshot: ${message}`);
	process.exitCode = 1;
}
