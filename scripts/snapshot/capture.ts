import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Format } from './args';
import { SnapshotError } from './errors';
import { localUrl } from './origin';
import { cssSize, pixelSize, type PaperSize } from './paper';
import { chromiumArgs, chromiumPath } from '../chromium.js';

export { chromiumPath };

export function checkChromium() {
	const path = chromiumPath();
	if (!existsSync(path))
		throw new SnapshotError(
			`Chromium not found at ${path}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`
		);
}

export async function launchChromium(): Promise<Browser> {
	checkChromium();
	try {
		return await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	} catch (error) {
		const first = (error as Error).message.split('\n')[0];
		throw new SnapshotError(`cannot start Chromium at ${chromiumPath()}: ${first}`);
	}
}

export interface CaptureRequest {
	url: string;
	/** How to name the page in messages: the path as the user gave it, or the URL. */
	label: string;
	format: Format;
	sheet: PaperSize;
	dpi: number;
	timeoutMs: number;
	/**
	 * For a page of the built site: `url` is on the public origin, and its requests are answered by the
	 * local server, so that the page (its printed link, its QR code) never sees the server's address.
	 */
	site?: { origin: string; basePath: string; local: string };
}

export interface Capture {
	data: Buffer;
	/** Requests to other hosts, blocked: the site must work offline. */
	blocked: string[];
	pageErrors: string[];
}

/**
 * The print page says it is done with `data-print-ready`; any other page of the site is taken
 * as ready once its interactive map has drawn every layer.
 */
function isReady() {
	const print = document.querySelector('[data-testid="print"]');
	if (print) return print.getAttribute('data-print-ready') === 'true';
	return document.querySelector('[data-testid="map"][data-ready="true"]') !== null;
}

async function open(page: Page, { url, label, timeoutMs, site }: CaptureRequest, pageErrors: string[]) {
	let response;
	try {
		response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
	} catch (error) {
		const first = (error as Error).message
			.split('\n')[0]!
			.replace(/^page\.goto: /, '')
			.replace(/ at \S+$/, '');
		// A page of the built site is served here: only a URL of the user's can be out of reach.
		throw new SnapshotError(site ? `cannot load ${label}: ${first}` : `cannot reach ${url}: ${first}`);
	}
	const status = response?.status() ?? 200;
	if (status === 404) throw new SnapshotError(`no such page: ${label}`);
	if (status >= 400) throw new SnapshotError(`${label} answered HTTP ${status}`);
	try {
		await page.waitForFunction(isReady, undefined, { timeout: timeoutMs, polling: 100 });
	} catch {
		const why = pageErrors[0] ? ` (page error: ${pageErrors[0]})` : '';
		throw new SnapshotError(`${label} was not ready within ${timeoutMs / 1000} s${why}`);
	}
	await page.evaluate(async () => {
		await document.fonts.ready;
	});
}

/** Opens `url` in a page the size of the sheet and prints it to PDF or takes a PNG at `dpi`. */
export async function capture(browser: Browser, request: CaptureRequest): Promise<Capture> {
	const { sheet, dpi, format } = request;
	const css = cssSize(sheet);
	const { site } = request;
	const origin = new URL(request.url).origin;
	const context = await browser.newContext({
		viewport: { width: Math.ceil(css.width), height: Math.ceil(css.height) },
		deviceScaleFactor: format === 'png' ? dpi / 96 : 1
	});
	const blocked: string[] = [];
	const pageErrors: string[] = [];
	try {
		await context.route('**/*', async (route) => {
			const url = route.request().url();
			if (!site) {
				if (new URL(url).origin === origin) return route.continue();
			} else {
				const local = localUrl(url, site, site.local);
				if (local) {
					try {
						return await route.fulfill({ response: await route.fetch({ url: local, maxRedirects: 0 }) });
					} catch {
						return route.abort('failed').catch(() => {});
					}
				}
				// The public host outside the site (under another base path): nothing of ours is there.
				if (new URL(url).origin === origin) return route.fulfill({ status: 404 });
			}
			blocked.push(url);
			return route.abort('blockedbyclient');
		});
		const page = await context.newPage();
		page.on('pageerror', (error) => pageErrors.push(error.message.split('\n')[0]!));
		// The PNG shows what the PDF shows: the print style sheet, not the on-screen preview.
		await page.emulateMedia({ media: 'print' });
		await open(page, request, pageErrors);

		if (format === 'pdf') {
			const data = await page.pdf({
				preferCSSPageSize: true,
				printBackground: true,
				// Only for a page without its own `@page { size }`: the print page's CSS wins.
				// Inches: Playwright takes a millimetre as 3.78 px, which makes A4 841.92 pt wide.
				width: `${sheet.widthMm / 25.4}in`,
				height: `${sheet.heightMm / 25.4}in`,
				margin: { top: 0, right: 0, bottom: 0, left: 0 }
			});
			return { data, blocked, pageErrors };
		}
		// page.screenshot rounds the clip to whole CSS pixels (3506 or 3509 px wide, not 3508): CDP takes
		// the sheet's exact fraction, scaled to the rounded paper size in device pixels.
		const pixels = pixelSize(sheet, dpi);
		const scale = dpi / 96;
		const session = await context.newCDPSession(page);
		const shot = await session.send('Page.captureScreenshot', {
			format: 'png',
			clip: { x: 0, y: 0, width: pixels.width / scale, height: pixels.height / scale, scale }
		});
		return { data: Buffer.from(shot.data, 'base64'), blocked, pageErrors };
	} finally {
		await context.close();
	}
}
