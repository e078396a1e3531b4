import type { Page } from '@playwright/test';
import { expect, FIXTURE_BASE_PATH, fixtureOrigin, fixtureSite, test, waitForMap } from './app-test';

// The second story (tests/fixtures/mini-story) is built with BASE_PATH and served under that sub-path only, as a
// newsroom would deploy it (`BASE_PATH=/graphics/kazakhstan npm run build`): every page, asset, layer file, popup
// detail, print, embed, share link and canonical address must stay under it.

/** Every request of the page to the app's own host that leaves the sub-path (nothing is served there). */
function outsideBase(page: Page) {
	const origin = fixtureOrigin();
	const stray: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.origin === origin && !url.pathname.startsWith(`${FIXTURE_BASE_PATH}/`)) stray.push(url.href);
	});
	return stray;
}

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');
const ogUrl = (page: Page) => page.locator('meta[property="og:url"]').getAttribute('content');

test('the map page works under a sub-path: map, layers, a popup with its details, the address bar and Share', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const stray = outsideBase(page);
	const response = await page.goto(`${fixtureSite()}/`);
	expect(response?.status()).toBe(200);
	await waitForMap(page);
	expect(await canonical(page)).toMatch(new RegExp(`${FIXTURE_BASE_PATH}/$`));
	expect(await ogUrl(page)).toMatch(new RegExp(`${FIXTURE_BASE_PATH}/$`));

	await page.getByTestId('places').locator('button[data-place="grand-place"]').click();
	const popup = page.getByTestId('popup');
	await expect(popup).toHaveAttribute('data-place', 'grand-place');
	// The coordinates' source comes from place-details.json, under the sub-path.
	await expect(popup.locator('.source[aria-busy="false"]')).toHaveText(/Wikipedia: Grand-Place/);
	await expect.poll(() => new URL(page.url()).pathname).toBe(`${FIXTURE_BASE_PATH}/`);
	expect(new URL(page.url()).searchParams.get('place')).toBe('grand-place');

	await page.getByTestId('share').click();
	// The chosen place's own page, under the sub-path, with the rest of the address as query.
	const link = page.getByTestId('share-link');
	await expect
		.poll(async () => new URL(await link.inputValue()).pathname)
		.toBe(`${FIXTURE_BASE_PATH}/place/grand-place`);
	expect(new URL(await link.inputValue()).searchParams.has('place')).toBe(false);
	await expect(page.getByTestId('embed-code')).toHaveValue(new RegExp(`<iframe src="${fixtureSite()}/embed\\?`));

	const download = page.locator('a[download="cities.geojson"]');
	await expect(download).toHaveAttribute('href', `${FIXTURE_BASE_PATH}/layers/cities.geojson`);
	const layer = await page.request.get(`${fixtureSite()}/layers/cities.geojson`);
	expect(layer.ok()).toBe(true);
	expect(await layer.text()).toContain('grand-place');
	expect(stray).toEqual([]);
});

test('a place page under a sub-path opens on its place, with its canonical address there', async ({ page }) => {
	const stray = outsideBase(page);
	expect((await page.goto(`${fixtureSite()}/place/grand-place`))?.status()).toBe(200);
	await waitForMap(page);
	await expect(page.getByTestId('popup')).toHaveAttribute('data-place', 'grand-place');
	expect(await canonical(page)).toMatch(new RegExp(`${FIXTURE_BASE_PATH}/place/grand-place$`));
	expect(await ogUrl(page)).toMatch(new RegExp(`${FIXTURE_BASE_PATH}/place/grand-place$`));
	// The links of the page's header stay under the sub-path too.
	await expect(page.getByTestId('print-link')).toHaveAttribute('href', new RegExp(`^${FIXTURE_BASE_PATH}/print`));
	expect(stray).toEqual([]);
});

test('the print page under a sub-path draws its sheet and prints a link under the sub-path', async ({ page }) => {
	const stray = outsideBase(page);
	expect((await page.goto(`${fixtureSite()}/print?place=grand-place`))?.status()).toBe(200);
	const sheet = page.getByTestId('print');
	await expect(sheet).toHaveAttribute('data-print-ready', 'true');
	await expect(sheet.locator('.link')).toHaveText(`${fixtureSite()}/?place=grand-place`);
	expect(stray).toEqual([]);
});

test('the embed view under a sub-path shows its map and links to the full map there', async ({ page }) => {
	const stray = outsideBase(page);
	expect((await page.goto(`${fixtureSite()}/embed?place=grand-place`))?.status()).toBe(200);
	await waitForMap(page);
	await expect(page.getByTestId('full-page')).toHaveAttribute(
		'href',
		new RegExp(`^${FIXTURE_BASE_PATH}/\\?place=grand-place`)
	);
	expect(stray).toEqual([]);
});

test('nothing is served outside the sub-path', async ({ request }) => {
	expect((await request.get(`${fixtureOrigin()}/`)).status()).toBe(404);
	expect((await request.get(`${fixtureOrigin()}/place/grand-place`)).status()).toBe(404);
});
