import type { Page } from '@playwright/test';
import { expect, PHONE, tapMapToStart, test, waitForMap, waitForVectorMap } from './app-test';

// The basemap labels the vector map shows are there once MapLibre has taken over: the handover never loses a label,
// in either language, on a phone (MapLibre starts on the reader's tap) or a wide screen (it starts by itself).

/** A label as both maps can be compared by: upper case, no spaces (the drawing breaks lines into `<tspan>`s). */
const key = (text: string) => text.toUpperCase().replace(/\s+/g, '');

/** The basemap labels the vector map shows whole within its box: their texts and the smallest line's height. */
const vectorLabels = (page: Page) =>
	page.getByTestId('fallback').evaluate((box) => {
		const b = box.getBoundingClientRect();
		return [...box.querySelectorAll('[data-basemap="labels"] text')].flatMap((text) => {
			const r = text.getBoundingClientRect();
			const whole = r.width > 0 && r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom;
			if (!whole) return [];
			const lines = [...text.querySelectorAll('tspan')].map((t) => t.getBoundingClientRect().height);
			return [{ text: text.textContent ?? '', height: Math.min(...lines) }];
		});
	});

/** The basemap labels MapLibre shows, once it is still (its `data-labels` hook). */
const mapLabels = async (page: Page) =>
	((await page.getByTestId('map').getAttribute('data-labels')) ?? '').split('|').filter(Boolean).map(key);

const missing = async (page: Page, shown: string[]) => {
	const drawn = await mapLabels(page);
	return shown.filter((text) => !drawn.some((name) => key(text).startsWith(name)));
};

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

	test('the vector map’s labels are readable, and MapLibre keeps every one when the reader turns to the map', async ({
		page
	}) => {
		for (const lang of ['nl', 'en'] as const) {
			await page.goto(lang === 'nl' ? '/' : '/?lang=en');
			await waitForVectorMap(page);
			const shown = await vectorLabels(page);
			expect(shown.length, `${lang}: the vector map shows labels`).toBeGreaterThanOrEqual(3);
			for (const { text, height } of shown) expect(height, `${lang}: ${text} on screen`).toBeGreaterThanOrEqual(9);
			await tapMapToStart(page);
			const texts = shown.map((l) => l.text);
			await expect.poll(() => missing(page, texts), { message: `${lang}: labels lost at the handover` }).toEqual([]);
		}
	});
});

test('on a wide screen MapLibre keeps every label of the vector map when it takes over', async ({ page }) => {
	for (const lang of ['nl', 'en'] as const) {
		await page.goto(lang === 'nl' ? '/' : '/?lang=en');
		await waitForVectorMap(page);
		const texts = (await vectorLabels(page)).map((l) => l.text);
		expect(texts.length, `${lang}: the vector map shows labels`).toBeGreaterThanOrEqual(3);
		await waitForMap(page);
		await expect.poll(() => missing(page, texts), { message: `${lang}: labels lost at the handover` }).toEqual([]);
	}
});
