// `npm run snapshot -- <path-or-url> --out <file.pdf|file.png>`: the print layout of a deep link as a
// one-page vector PDF or a PNG at a given dpi, from the built site served locally with no network.
import { performance } from 'node:perf_hooks';
import { parseSnapshotArgs, usage, type SnapshotOptions } from './snapshot/args';
import { capture, checkChromium, launchChromium } from './snapshot/capture';
import { SnapshotError } from './snapshot/errors';
import { checkWritable, formatBytes, pdfPageCount, pngSize, writeOutput } from './snapshot/output';
import { paperSize, pixelSize } from './snapshot/paper';
import { ensureBuild, serveBuild } from './snapshot/server';
import { snapshotTarget, type Target } from './snapshot/target';

/** "1 page, A4 landscape, 144 KB", or for a PNG "1 page, A4 landscape, 3508×2480 px at 300 dpi, 371 KB". */
function summary({ format, dpi }: SnapshotOptions, { paper, orient }: Target, data: Buffer): string {
	const sheet = `${paper === 'letter' ? 'Letter' : paper.toUpperCase()} ${orient}`;
	const bytes = formatBytes(data.length);
	if (format === 'png') {
		const { width, height } = pngSize(data) ?? pixelSize(paperSize(paper, orient), dpi);
		return `1 page, ${sheet}, ${width}×${height} px at ${dpi} dpi, ${bytes}`;
	}
	const pages = pdfPageCount(data);
	return `${pages} page${pages === 1 ? '' : 's'}, ${sheet}, ${bytes}`;
}

async function snapshot(options: SnapshotOptions) {
	const started = performance.now();
	const target = snapshotTarget(options.input, options);
	checkWritable(options.out);
	checkChromium();

	const sheet = paperSize(target.paper, target.orient);
	const buildDir = process.env.BUILD_DIR ?? 'build';
	if (target.kind === 'site') ensureBuild(buildDir);
	const server = target.kind === 'site' ? await serveBuild(buildDir) : undefined;
	let browser;
	try {
		if (server && target.kind === 'site') {
			// Before Chromium starts; `/place/<id>` is checked as asked for, though the print page is opened.
			for (const path of [target.asked, new URL(target.path, server.origin).pathname]) {
				const response = await fetch(`${server.origin}${path}`);
				if (response.status === 404) throw new SnapshotError(`no such page: ${path}`);
			}
		}
		browser = await launchChromium();
		const url = target.kind === 'url' ? target.url : `${server!.origin}${target.path}`;
		const label = target.kind === 'site' ? target.path : target.url;
		const shot = await capture(browser, {
			url,
			label,
			format: options.format,
			sheet,
			dpi: options.dpi,
			timeoutMs: options.timeoutS * 1000
		});
		writeOutput(options.out, shot.data);

		if (shot.pageErrors.length > 0)
			console.error(`snapshot: the page reported ${shot.pageErrors.length} error(s), first: ${shot.pageErrors[0]}`);
		if (shot.blocked.length > 0)
			console.error(`snapshot: blocked ${shot.blocked.length} request(s) to other hosts, first: ${shot.blocked[0]}`);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`wrote ${options.out} (${summary(options, target, shot.data)}) in ${seconds} s`);
	} finally {
		await browser?.close();
		await server?.close();
	}
}

try {
	const parsed = parseSnapshotArgs(process.argv.slice(2));
	if (parsed.help) console.log(usage);
	else await snapshot(parsed.options);
} catch (error) {
	// One line, no stack trace: the message says what to do.
	const message = error instanceof SnapshotError ? error.message : (error as Error).message.split('\n')[0];
	console.error(`snapshot: ${message}`);
	process.exitCode = 1;
}
