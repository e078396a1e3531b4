import { test as base, expect, type Page } from '@playwright/test';

/**
 * The browser test every spec uses: it fails on any page error and on any request
 * to a host other than the app's own (the app must work with no network at all).
 */
export const test = base.extend<{ foreign: string[] }>({
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
	page: async ({ page, foreign }, use) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await use(page);
		expect(errors, 'page errors').toEqual([]);
		void foreign;
	}
});

export { expect };

/** Waits until the interactive map has drawn every layer once (`data-ready="true"`). */
export async function waitForMap(page: Page) {
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
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
