import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './app-test';

const story = JSON.parse(readFileSync('geo/story.json', 'utf8')) as { title: { nl: string; en: string } };

async function openPrint(page: Page, query: string) {
	await page.goto(`/print?${query}`);
	const sheet = page.getByTestId('print');
	await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
	return sheet;
}

const viewOf = async (page: Page) =>
	((await page.locator('figure.map').getAttribute('data-view')) ?? '').split('/').map(Number) as [
		number,
		number,
		number
	];

test('the print page centres on the place in the link, numbers it and cites its quote', async ({ page }) => {
	const sheet = await openPrint(page, 'place=almaty-akimat');
	const [, lat, lon] = await viewOf(page);
	expect(lat).toBeCloseTo(43.2364, 2);
	expect(lon).toBeCloseTo(76.9456, 2);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(story.title.nl);
	const entry = sheet.locator('li', { hasText: 'Stadhuis (akimat) van Almaty' });
	await expect(entry).toContainText('bestorming van en brandstichting in overheidsgebouwen in Almaty');
	const n = (await entry.locator('.n').textContent())!.trim();
	await expect(sheet.locator('figure.map svg text', { hasText: new RegExp(`^${n}$`) }).first()).toBeAttached();
});

test('the print page draws the map as vector SVG with a scale bar, north arrow, inset, QR code and link', async ({
	page,
	baseURL
}) => {
	const sheet = await openPrint(page, 'lang=en&paper=a4&orient=landscape');
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
	await expect(sheet.locator('figure.map > svg').first()).toBeVisible();
	expect(await sheet.locator('figure.map > svg').first().locator('g[data-layer]').count()).toBe(6);
	await expect(sheet.locator('.scale')).toHaveText(/^\d+ km$/);
	await expect(sheet.locator('.north')).toBeVisible();
	await expect(sheet.locator('.inset svg')).toBeVisible();
	await expect(sheet.locator('.qr svg')).toBeVisible();
	await expect(sheet.locator('.link')).toHaveText(`${baseURL}/?lang=en`);
	// Nothing cut off: the sheet's content fits its paper.
	const box = (await sheet.boundingBox())!;
	for (const part of ['header', 'figure.map', 'aside.side', 'footer']) {
		const b = (await sheet.locator(part).boundingBox())!;
		expect(b.y + b.height, part).toBeLessThanOrEqual(box.y + box.height + 0.5);
	}
});

test('the map page opens the print page for its current view', async ({ page }) => {
	await page.goto('/?place=nur-sultan-akorda');
	await waitForMap(page);
	const link = page.getByTestId('print-link');
	await expect(link).toHaveAttribute('href', /^\/print\?.*place=nur-sultan-akorda/);
});

test('"Download PNG" rasterizes the sheet at the chosen DPI: A4 landscape at 300 DPI is 3508 × 2480', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openPrint(page, 'place=almaty-akimat');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: 'PNG downloaden' }).click()
	]);
	const png = readFileSync((await download.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);
	expect(png.length).toBeGreaterThan(100_000);
});
