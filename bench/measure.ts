// One measured page load in a fresh browser context, seen from outside the page: a MutationObserver injected before
// any page script timestamps a map's `data-ready` and `data-view` attributes (ms since navigation start), whether a
// script sets them or the HTML arrives with them, and Resource Timing, read from the page and its workers
// afterwards, gives the bytes.
import type { Browser, Page } from '@playwright/test';

export const viewport = { width: 1280, height: 720 };
export const MAP = '[data-testid="map"]';

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PaintRun {
	layersVisibleMs: number;
	/** The first camera the page reported, before anyone moved it. */
	initialView: string | null;
	/** Every camera the page reported without a drag (a map taking over from another reports one, too). */
	views: string[];
	transferBytes: number;
	requests: number;
	pageErrors: string[];
	offsite: string[];
}

export interface InteractRun {
	interactiveMs: number;
	drags: number;
	pageErrors: string[];
}

interface Probe {
	ready: number | null;
	views: { at: number; from: string | null; to: string | null }[];
}

// Runs in the page before its own scripts; kept free of closures so Playwright can send it as source.
function instrument() {
	const probe: Probe = { ready: null, views: [] };
	(window as unknown as { __bench: Probe }).__bench = probe;
	// A map that comes ready in the HTML (drawn by the server) is visible at the first paint after the parser has gone
	// past it: the first contentful paint (its presentation time, from the Paint Timing API) when that came after,
	// else the end of the next painted frame (requestAnimationFrame, then setTimeout, as the Leaflet peer times its
	// own layers). The browser may defer painting while it parses, so a frame alone proves nothing before that.
	// (No named functions in here: the bundler would wrap them in a helper the page does not have.)
	let candidate: Element | null = null;
	let parsedAt: number | null = null;
	let fcp: number | null = null;
	let settled = false;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
		document.dispatchEvent(new Event('bench:check'));
	}).observe({ type: 'paint', buffered: true });
	// A page that marks text drawn with its layers `elementtiming="layers"` (the Leaflet peer: its labels) is timed
	// when that frame was presented, as the Element Timing API reports it, once the page says it is ready: the same
	// moment the first contentful paint gives for a map in the HTML. Else the moment the page says it is ready.
	let presented: number | null = null;
	let waitingForPresentation = false;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[])
			if (e.identifier === 'layers') presented = Math.max(presented ?? 0, e.renderTime || e.startTime);
		if (waitingForPresentation && presented !== null && probe.ready === null) probe.ready = presented;
	}).observe({ type: 'element', buffered: true });
	document.addEventListener('bench:check', () => {
		if (settled || parsedAt === null || fcp === null || probe.ready !== null) return;
		settled = true;
		if (fcp >= parsedAt) probe.ready = fcp;
		else
			requestAnimationFrame(() =>
				setTimeout(() => {
					if (probe.ready === null) probe.ready = performance.now();
				})
			);
	});
	new MutationObserver((records) => {
		const at = performance.now();
		for (const r of records) {
			if (r.type === 'childList') {
				for (const node of r.addedNodes)
					if (!candidate && node instanceof Element)
						candidate = node.matches('[data-ready="true"]') ? node : node.querySelector('[data-ready="true"]');
				continue;
			}
			const el = r.target as Element;
			const value = el.getAttribute(r.attributeName!);
			if (r.attributeName === 'data-ready' && value === 'true' && probe.ready === null) {
				if (!document.querySelector('[elementtiming="layers"]')) probe.ready = at;
				else if (presented !== null) probe.ready = presented;
				else waitingForPresentation = true;
			}
			if (r.attributeName === 'data-view') probe.views.push({ at, from: r.oldValue, to: value });
		}
		// Once the parser has gone past the map, everything in it is in the document.
		if (candidate && parsedAt === null && (candidate.nextSibling !== null || document.readyState !== 'loading')) {
			parsedAt = performance.now();
			document.dispatchEvent(new Event('bench:check'));
		}
	}).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeOldValue: true,
		attributeFilter: ['data-ready', 'data-view']
	});
}

/**
 * Waits until a new page of the browser gets frames: the browser's contexts share one GPU process, and a MapLibre page
 * leaves seconds of SwiftShader work queued there when its context closes (its first frames). A page loaded meanwhile
 * waited for it before its first frame (measured 2026-12-07: the app's first paint 0.9–1.7 s after a MapLibre page
 * closed, 0.25–0.55 s after a pause), whichever page came next. Each load starts once a blank page has had two frames.
 */
export async function settle(browser: Browser) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		await page.setContent('<p>.</p>');
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	} finally {
		await context.close();
	}
}

const probe = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

async function open(browser: Browser) {
	const context = await browser.newContext({ viewport });
	await context.addInitScript(instrument);
	const page = await context.newPage();
	const pageErrors: string[] = [];
	page.on('pageerror', (e) => pageErrors.push(e.message));
	return { context, page, pageErrors };
}

/** The box of the map element once the page has laid it out: where the peers put theirs. */
export async function mapBox(browser: Browser, url: string, timeoutMs: number): Promise<Rect> {
	const { context, page } = await open(browser);
	try {
		await page.goto(url);
		await page.locator(`${MAP}[data-ready="true"]`).waitFor({ timeout: timeoutMs });
		const box = await page.locator(MAP).boundingBox();
		if (!box) throw new Error(`${url}: the map element has no box`);
		return box;
	} finally {
		await context.close();
	}
}

// Resource Timing of one global: the document or a worker. `transferSize` is the encoded (compressed) body plus
// 300 bytes for the headers, as the spec has it; 0 for a response from the memory cache.
function transferred() {
	const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
	return (entries as PerformanceResourceTiming[]).map((e) => e.transferSize);
}

/**
 * layersVisibleMs: until the layers are on screen. For a map that comes ready in the HTML (the app's vector map),
 * the first paint after the parser has passed it; for the Leaflet peer, the presentation of the frame that drew its
 * layers (Element Timing of its labels, added with them); for the MapLibre peer, its `data-ready="true"`, set at
 * the first `idle` after `load`.
 * Bytes: Resource Timing of the page and of its workers (MapLibre fetches the GeoJSON in one), read once the
 * network has been quiet for a second after that.
 */
export async function paintRun(browser: Browser, url: string, timeoutMs: number): Promise<PaintRun> {
	const { context, page, pageErrors } = await open(browser);
	const origin = new URL(url).origin;
	const offsite: string[] = [];
	let lastNetwork = Date.now();
	page.on('request', (r) => {
		lastNetwork = Date.now();
		if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) offsite.push(r.url());
	});
	page.on('requestfinished', () => (lastNetwork = Date.now()));
	try {
		await page.goto(url, { waitUntil: 'commit' });
		// Waited for inside the page, by a timer of its own: Playwright's waitForFunction injects its own script (a large
		// one) as the page parses, and compiling it moved the app's first paint (2026-12-07: medians 30–50 ms later).
		await page
			.evaluate(
				(ms) =>
					new Promise<void>((resolve, reject) => {
						const timer = setInterval(() => {
							if ((window as unknown as { __bench: Probe }).__bench.ready !== null) resolve();
							else if (performance.now() > ms) reject(new Error(`timeout ${ms} ms`));
							else return;
							clearInterval(timer);
						}, 100);
					}),
				timeoutMs
			)
			.catch(async (e: Error) => {
				const state = await page
					.locator(MAP)
					.evaluate((el) => el.outerHTML.slice(0, 300))
					.catch(() => 'no map');
				throw new Error(
					`${url}: the map was not ready within ${timeoutMs / 1000} s (${e.message.split('\n')[0]}); ${state}`
				);
			});
		// The cameras are read once the page has settled: a map that takes over from another reports its own.
		for (const start = Date.now(); Date.now() - lastNetwork < 1000 && Date.now() - start < 5000;)
			await page.waitForTimeout(100);
		const { ready, views } = await probe(page);
		const sizes = [
			...(await page.evaluate(transferred)),
			...(await Promise.all(page.workers().map((w) => w.evaluate(transferred)))).flat()
		];
		return {
			layersVisibleMs: ready!,
			initialView: views.find((v) => v.to)?.to ?? null,
			views: views.flatMap((v) => v.to ?? []),
			transferBytes: sizes.reduce((a, b) => a + b, 0),
			requests: sizes.length,
			pageErrors,
			offsite
		};
	} finally {
		await context.close();
	}
}

/**
 * interactiveMs: once the page shows a map (the library has put its first element into the map's container, or the
 * HTML came with a map that says `data-ready`), the page is dragged over the map's centre again and again (down,
 * one move, a pause of two frames, up: no inertia in any of the maps) until a map reports a camera that no run
 * without drags reported (`unmoved`): the time `data-view` took that value. `data-view` is the camera a page writes
 * when a move ends; the app's maps have it already, the peers write it the same way.
 */
export async function interactRun(
	browser: Browser,
	url: string,
	box: Rect,
	unmoved: string[],
	timeoutMs: number
): Promise<InteractRun> {
	const { context, page, pageErrors } = await open(browser);
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	try {
		await page.goto(url, { waitUntil: 'commit' });
		const deadline = Date.now() + timeoutMs;
		// A drag before there is a map could not be answered, and a long task would hold it up. (Waited for inside the
		// page, as in paintRun.)
		await page.evaluate(
			([sel, ms]) =>
				new Promise<void>((resolve, reject) => {
					const timer = setInterval(() => {
						if (
							(document.querySelector(sel)?.childElementCount ?? 0) > 0 ||
							document.querySelector('[data-ready="true"]')
						)
							resolve();
						else if (performance.now() > ms) reject(new Error(`${location.href}: no map within ${ms / 1000} s`));
						else return;
						clearInterval(timer);
					}, 10);
				}),
			[MAP, timeoutMs] as const
		);
		for (let drags = 1; Date.now() < deadline; drags++) {
			const dx = drags % 2 ? 60 : -60;
			await page.mouse.move(cx, cy);
			await page.mouse.down();
			await page.mouse.move(cx + dx, cy + dx / 2);
			await page.waitForTimeout(35);
			await page.mouse.up();
			await page.waitForTimeout(15);
			const moved = (await probe(page)).views.find((v) => v.to && !unmoved.includes(v.to));
			if (moved) return { interactiveMs: moved.at, drags, pageErrors };
		}
		throw new Error(`${url}: the map did not answer a drag within ${timeoutMs / 1000} s`);
	} finally {
		await context.close();
	}
}
