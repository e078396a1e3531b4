import type { Page } from '@playwright/test';
import { canvasColors, expect, PHONE, test, vectorViewText, waitForMap, waitForVectorMap } from './app-test';
import { basemapColors } from '../src/lib/render/colors';

/**
 * The colours of a grid of 9 × 9 pixels over the middle third of the map's canvas (the app draws it with
 * preserveDrawingBuffer, so it can be read back).
 */
async function middlePixels(page: Page): Promise<[number, number, number][]> {
	return page.getByTestId('map').evaluate((el) => {
		const canvas = el.querySelector('canvas')!;
		const copy = document.createElement('canvas');
		[copy.width, copy.height] = [canvas.width, canvas.height];
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0);
		const out: [number, number, number][] = [];
		for (let i = 0; i < 9; i++)
			for (let j = 0; j < 9; j++) {
				const x = Math.round(canvas.width * (1 / 3 + i / 24));
				const y = Math.round(canvas.height * (1 / 3 + j / 24));
				const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
				out.push([r!, g!, b!]);
			}
		return out;
	});
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
const near = (a: [number, number, number], b: [number, number, number], within = 16) =>
	Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) < within;

/** The share of the middle's pixels that show Kazakhstan's land as the basemap draws it, with no area's tint. */
async function plainLand(page: Page) {
	const land = rgb(basemapColors.focusLand);
	const pixels = await middlePixels(page);
	return pixels.filter((p) => near(p, land)).length / pixels.length;
}

const cities = [
	['Almaty’s 15 km circle', '11/43.24/76.9'],
	['Nur-Sultan’s circles (the city, 15 km, and its checkpoints, 18 km)', '13/51.13/71.43']
] as const;

for (const [what, view] of cities)
	test(`close up, ${what} fades to its outline: the middle of the map is the basemap, not the area's fill`, async ({
		page
	}) => {
		await page.goto(`/?map=${view}`);
		await waitForMap(page);
		await expect(page.getByTestId('notice')).toHaveCount(0);
		await expect.poll(() => plainLand(page), 'share of plain land in the middle of the map').toBeGreaterThan(0.85);
	});

test('a zoom further out, the same area is still drawn: its outline, and its fill fading in', async ({ page }) => {
	await page.goto('/?map=10/43.24/76.9');
	await waitForMap(page);
	// Almaty's layer colour: the dashed outlines of the city's and the consulate's circles (and two markers).
	const orange = '#c2410c';
	await expect.poll(async () => (await canvasColors(page, [orange])).near[orange]!).toBeGreaterThan(300);
	expect(await plainLand(page), 'the fill still shows inside the circle').toBeLessThan(0.5);
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, hasTouch: true });

	test('the vector map fades the area alike as it shows the link’s close-up camera', async ({ page }) => {
		await page.goto('/?map=11/43.24/76.9');
		const vector = await waitForVectorMap(page);
		await expect.poll(() => vectorViewText(page)).toBe('11.00/43.24000/76.90000');
		const city = vector.locator('path[data-place="almaty-city"][data-cover]');
		await expect(city).toHaveCount(1);
		await expect.poll(() => city.evaluate((el) => Number(getComputedStyle(el).fillOpacity))).toBe(0);
		// Zoomed back out to the story, the same area has its fill.
		await page.goto('/?map=7/43.24/76.9');
		await waitForVectorMap(page);
		await expect.poll(() => vectorViewText(page)).toBe('7.00/43.24000/76.90000');
		const fill = await vector
			.locator('path[data-place="almaty-city"][data-cover]')
			.evaluate((el) => Number(getComputedStyle(el).fillOpacity));
		expect(fill).toBeCloseTo(0.16, 3);
	});
});
