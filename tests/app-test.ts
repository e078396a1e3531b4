import { test as base, expect, type Page } from '@playwright/test';
import { FIXTURE_BASE_PATH } from './fixture-base-path.js';

export { FIXTURE_BASE_PATH };
import { toWorld } from '../src/lib/render/mercator';

/**
 * The browser test every spec uses: it fails on any page error and on any request
 * to a host other than the app's own (the app must work with no network at all).
 * `expectedConsoleErrors`: console errors a test expects, such as the browser's own line for an address that is a 404.
 */
export const test = base.extend<{ foreign: string[]; expectedConsoleErrors: RegExp[] }>({
	expectedConsoleErrors: [[], { option: true }],
	foreign: async ({ context, baseURL }, use) => {
		const foreign: string[] = [];
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			const own =
				['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:';
			if (own) return route.continue();
			foreign.push(url.href);
			return route.abort();
		});
		await use(foreign);
		expect(foreign, `requests to other hosts than ${baseURL}`).toEqual([]);
	},
	page: async ({ page, foreign, expectedConsoleErrors }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		// A console error, or MapLibre's warning of a missing marker image, is a defect a reader would see.
		page.on('console', (m) => {
			if (m.type() === 'error' && expectedConsoleErrors.some((e) => e.test(m.text()))) return;
			if (m.type() === 'error' || /could not be loaded/.test(m.text())) errors.push(`console: ${m.text()}`);
		});
		await use(page);
		expect(errors, 'page errors').toEqual([]);
		void foreign;
	}
});

export { expect };

/**
 * The origin of the mini-story fixture build, on the port the system gave its server (playwright.config.ts); the
 * app's own origin is every test's `baseURL`.
 */
export function fixtureOrigin() {
	const port = process.env.FIXTURE_PORT;
	if (!port) throw new Error('FIXTURE_PORT is not set: playwright.config.ts sets it once the fixture server listens');
	return `http://127.0.0.1:${port}`;
}

/** The second story's site: its origin and the sub-path it is built for and served under. */
export const fixtureSite = () => `${fixtureOrigin()}${FIXTURE_BASE_PATH}`;

/** The site of a story of many places (tests/fixtures/many-places.ts), on the port its server was given. */
export function manySite() {
	const port = process.env.MANY_PORT;
	if (!port) throw new Error('MANY_PORT is not set: playwright.config.ts sets it once that server listens');
	return `http://127.0.0.1:${port}`;
}

/** Waits until the interactive map has drawn every layer once (`data-ready="true"`). */
export async function waitForMap(page: Page) {
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	return map;
}

/** A viewport narrower than 960 px: the stacked layout, where MapLibre waits until the reader turns to the map. */
export const PHONE = { width: 390, height: 844 };

/**
 * Waits until the vector map that comes with the page has every story layer drawn and the page script has taken it
 * over (it reports its camera in `data-view` from then on).
 */
export async function waitForVectorMap(page: Page, layers = 6) {
	const vector = page.getByTestId('fallback');
	await expect(vector.locator('svg g[data-layer]')).toHaveCount(layers);
	await expect(vector).toHaveAttribute('data-view', /^\d+\.\d\d\/-?\d+\.\d{5}\/-?\d+\.\d{5}$/);
	return vector;
}

/** Waits until the map page has hydrated and run its mount effects (MapPage marks itself `data-hydrated`). */
export async function waitForHydration(page: Page) {
	await waitForVectorMap(page);
	await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
}

/** The vector map's camera from its `data-view`, as the text it reports. */
export const vectorViewText = async (page: Page) =>
	(await page.getByTestId('fallback').getAttribute('data-view')) ?? '';

/**
 * On a phone, turns to the map as a reader does: a tap on the vector map, on a spot where no marker lies (a marker
 * would select its place), which starts MapLibre; then waits until MapLibre has taken over.
 */
export async function tapMapToStart(page: Page) {
	const vector = await waitForVectorMap(page);
	const spot = await vector.evaluate((box) => {
		const r = box.getBoundingClientRect();
		for (let fy = 0.2; fy < 0.9; fy += 0.05)
			for (let fx = 0.2; fx < 0.9; fx += 0.05) {
				const [x, y] = [Math.round(r.left + fx * r.width), Math.round(r.top + fy * r.height)];
				// Clear of every place by a few pixels all round: a spot on the very edge of an area (Russia's, say) is
				// no spot beside the places.
				const clear = [
					[0, 0],
					[-4, 0],
					[4, 0],
					[0, -4],
					[0, 4]
				].every(([dx, dy]) => {
					const hits = document.elementsFromPoint(x + dx!, y + dy!);
					return hits[0] && box.contains(hits[0]) && !hits.some((el) => el.closest('[data-place]'));
				});
				if (clear) return { x, y };
			}
		return null;
	});
	expect(spot, 'a spot on the vector map with no marker').not.toBeNull();
	await page.mouse.click(spot!.x, spot!.y);
	const map = await waitForMap(page);
	await expect(page.getByTestId('popup'), 'a tap beside the markers selects nothing').toHaveCount(0);
	return map;
}

/** Counts the distinct colours in the map canvas, and how many pixels are near each colour asked for. */
export async function canvasColors(page: Page, wanted: string[]) {
	return page.getByTestId('map').evaluate((el, wanted) => {
		const canvas = el.querySelector('canvas');
		if (!canvas) return { distinct: 0, near: {} as Record<string, number> };
		const copy = document.createElement('canvas');
		copy.width = canvas.width;
		copy.height = canvas.height;
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0);
		const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
		const rgb = wanted.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
		const near: Record<string, number> = Object.fromEntries(wanted.map((w) => [w, 0]));
		const seen = new Set<number>();
		for (let i = 0; i < data.length; i += 4) {
			const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
			seen.add((r << 16) | (g << 8) | b);
			rgb.forEach(([wr, wg, wb], k) => {
				if (Math.abs(r - wr!) + Math.abs(g - wg!) + Math.abs(b - wb!) < 24) near[wanted[k]!]!++;
			});
		}
		return { distinct: seen.size, near };
	}, wanted);
}

/** The map canvas's pixels in a square of `half` CSS pixels each side of a point on the page, as RGB triples. */
export async function canvasPixels(page: Page, at: { x: number; y: number }, half: number) {
	return page.getByTestId('map').evaluate(
		(el, { at, half }) => {
			const canvas = el.querySelector('canvas')!;
			const r = canvas.getBoundingClientRect();
			const k = canvas.width / r.width;
			const [x, y, side] = [(at.x - r.left - half) * k, (at.y - r.top - half) * k, 2 * half * k].map(Math.round);
			const copy = document.createElement('canvas');
			[copy.width, copy.height] = [canvas.width, canvas.height];
			const ctx = copy.getContext('2d')!;
			ctx.drawImage(canvas, 0, 0);
			const { data } = ctx.getImageData(x!, y!, side!, side!);
			const out: number[][] = [];
			for (let i = 0; i < data.length; i += 4) out.push([data[i]!, data[i + 1]!, data[i + 2]!]);
			return out;
		},
		{ at, half }
	);
}

/** How many of two same-sized pixel lists differ visibly (by more than 60 in the sum of their channels). */
export const changedPixels = (a: number[][], b: number[][]) =>
	a.filter((p, i) => Math.abs(p[0]! - b[i]![0]!) + Math.abs(p[1]! - b[i]![1]!) + Math.abs(p[2]! - b[i]![2]!) > 60)
		.length;

/** The map's camera from its `data-view` hook: zoom, latitude, longitude. */
/** Unfolds the map's legend if it is folded (it is, on a small map), as a reader would by its summary. */
export async function unfoldLegend(page: Page) {
	const legend = page.getByTestId('legend');
	if (!(await legend.evaluate((d) => (d as HTMLDetailsElement).open))) await legend.locator('summary').click();
	await expect(legend).toHaveJSProperty('open', true);
}

export async function mapView(page: Page) {
	const [zoom, lat, lon] = ((await page.getByTestId('map').getAttribute('data-view')) ?? '').split('/').map(Number);
	return { zoom: zoom!, lat: lat!, lon: lon! };
}

/** Where a [lon, lat] lies on screen now, by Web Mercator as MapLibre draws it (512-pixel world at zoom 0). */
export async function screenPoint(page: Page, [lon, lat]: [number, number]) {
	const box = (await page.getByTestId('map').boundingBox())!;
	const view = await mapView(page);
	const [x, y] = toWorld([lon, lat], view.zoom);
	const [cx, cy] = toWorld([view.lon, view.lat], view.zoom);
	return { x: box.x + box.width / 2 + x - cx, y: box.y + box.height / 2 + y - cy };
}
