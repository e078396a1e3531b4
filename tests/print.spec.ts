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

test('an unknown paper or orientation is told in the reader’s language, and the sheet prints with the defaults', async ({
	page
}) => {
	const sheet = await openPrint(page, 'paper=b5&orient=sideways&lang=en&map=99/200/500');
	const notice = page.getByTestId('notice');
	await expect(notice).toHaveAttribute('role', 'status');
	await expect(notice).toContainText('The paper size in the link is unknown; printing on A4.');
	await expect(notice).toContainText('The page orientation in the link is unknown; printing in landscape.');
	await expect(notice).toContainText('The map position in the link lies outside what this map can usefully show');
	// A4 landscape, 297 × 210 mm at 96 CSS pixels to the inch, over the story's default view.
	const box = (await sheet.boundingBox())!;
	expect(box.width).toBeCloseTo((297 / 25.4) * 96, 0);
	expect(box.height).toBeCloseTo((210 / 25.4) * 96, 0);
	const [zoom, lat] = await viewOf(page);
	expect(zoom).toBeLessThan(6);
	expect(lat).toBeGreaterThan(40);
	expect(lat).toBeLessThan(56);
	// The notice is for the screen: the printed sheet is the map alone.
	await page.emulateMedia({ media: 'print' });
	await expect(notice).toBeHidden();
	await expect(sheet).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await notice.getByRole('button').click();
	await expect(notice).toHaveCount(0);
});

test('in Dutch by default: an unknown paper size is named in a sentence, not as a parameter', async ({ page }) => {
	await openPrint(page, 'paper=a5');
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('Het papierformaat in de link is onbekend; er wordt op A4 afgedrukt.');
	await expect(notice).not.toContainText('paper');
	await expect(page.getByTestId('notice').locator('li')).toHaveCount(1);
});
