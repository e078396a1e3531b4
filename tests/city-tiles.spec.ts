import type { Page } from '@playwright/test';
import { expect, fixtureSite, PHONE, test, waitForMap } from './app-test';

// City-scale streets from vector tiles: the mini-story's tiles are built by `npm run city-tiles` from the OSM
// fixture (tests/fixtures/city-osm), round Antwerp's Grote Markt. The Kazakhstan story has none: its build makes no
// request to another host (every test checks that), and draws no credit.

const CITY = '15/51.22130/4.40030';
const credit = (page: Page) => page.locator('.maplibregl-ctrl-attrib');
const cityNames = async (page: Page) => ((await page.getByTestId('map').getAttribute('data-city')) ?? '').split('|');

/** The boxes of what lies on the map, by name, that a credit in a corner could cover. */
async function overlaps(page: Page) {
	return page.evaluate(() => {
		const credit = document.querySelector('.maplibregl-ctrl-attrib')!.getBoundingClientRect();
		const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
		const problems: string[] = [];
		// No credit drawn (no tile in use at this zoom): nothing to cover.
		if (credit.width === 0) return problems;
		if (credit.left < map.left || credit.right > map.right + 0.5 || credit.bottom > map.bottom + 0.5)
			problems.push('the credit runs past the map');
		const others = '.maplibregl-ctrl-scale, .maplibregl-ctrl-zoom-in, .legend-box, .tools, .maplibregl-popup';
		for (const el of document.querySelectorAll(others)) {
			const r = el.getBoundingClientRect();
			if (r.width === 0) continue;
			const x = Math.min(r.right, credit.right) - Math.max(r.left, credit.left);
			const y = Math.min(r.bottom, credit.bottom) - Math.max(r.top, credit.top);
			if (x > 0 && y > 0) problems.push(`the credit lies over ${el.className.split(' ')[0]}`);
		}
		return problems;
	});
}

for (const [name, viewport, lang, street] of [
	['1440 × 900, nl', { width: 1440, height: 900 }, 'nl', 'Suikerrui'],
	['1024 × 768, en', { width: 1024, height: 768 }, 'en', 'Sugar Quay']
] as const)
	test(`${name}: a link to a street-level view shows the streets, their names and a landmark, with OpenStreetMap's credit`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const tiles: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/city-tiles/')) tiles.push(new URL(r.url()).pathname);
		});
		await page.goto(`${fixtureSite()}/?map=${CITY}&lang=${lang}`);
		await waitForMap(page);
		await expect.poll(() => cityNames(page)).toEqual(expect.arrayContaining([street, 'Hoogstraat', 'Wisselstraat']));
		expect(await cityNames(page)).toContain(lang === 'en' ? 'City Hall' : 'Stadhuis');
		await expect(credit(page)).toHaveText('© OpenStreetMap contributors');
		await expect(credit(page)).toBeVisible();
		expect(await overlaps(page)).toEqual([]);
		// The tiles come from the site itself, under its sub-path.
		expect(tiles.length).toBeGreaterThan(0);
		expect(tiles.every((p) => p.startsWith('/graphics/kazakhstan/city-tiles/15/'))).toBe(true);
		// A place chosen there opens its popup clear of the credit.
		await page.getByTestId('places').locator('button[data-place="antwerp"]').click();
		await expect(page.getByTestId('popup')).toHaveAttribute('data-place', 'antwerp');
		await expect.poll(() => overlaps(page)).toEqual([]);
		await expect(page.getByTestId('city-notice')).toHaveCount(0);
	});

test('at the story’s overview no city tile is fetched and no credit is shown', async ({ page }) => {
	const tiles: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/city-tiles/')) tiles.push(r.url());
	});
	await page.goto(`${fixtureSite()}/`);
	await waitForMap(page);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toBeHidden();
	expect(await cityNames(page)).toEqual(['']);
	expect(tiles).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE, hasTouch: true, isMobile: true });
	test('the streets come with the map the reader turns to, the credit clear of the scale bar', async ({ page }) => {
		await page.goto(`${fixtureSite()}/?map=${CITY}&lang=en`);
		// The reader turns to the map: a tap on the page's vector map, away from the place in its middle.
		const vector = page.getByTestId('fallback');
		await expect(vector.locator('svg g[data-layer]')).toHaveCount(2);
		await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
		const box = (await vector.boundingBox())!;
		await page.touchscreen.tap(box.x + box.width * 0.2, box.y + box.height * 0.8);
		await waitForMap(page);
		await expect.poll(() => cityNames(page)).toEqual(expect.arrayContaining(['Sugar Quay', 'Hoogstraat']));
		await expect(credit(page)).toBeVisible();
		expect(await overlaps(page)).toEqual([]);
	});
});

test.describe('an unreachable tile source', () => {
	test.use({ expectedConsoleErrors: [/Failed to load resource/] });
	test('leaves the embedded basemap and the story’s layers, with a quiet notice in the reader’s language', async ({
		page
	}) => {
		await page.route('**/city-tiles/**', (route) => route.abort('connectionrefused'));
		await page.goto(`${fixtureSite()}/?map=${CITY}&lang=en`);
		const map = await waitForMap(page);
		const notice = page.getByTestId('city-notice');
		await expect(notice).toHaveText('The street map could not be loaded: the map shows its own background only.');
		await expect(notice).toHaveAttribute('role', 'status');
		await expect(map).toHaveAttribute('data-layers', 'routes cities');
		await expect(map).not.toHaveAttribute('data-error', /./);
		expect(await cityNames(page)).toEqual(['']);
		// Back at the overview, where no tile would show, the notice goes.
		await page.getByTestId('zoom-all').click();
		await expect(notice).toHaveCount(0);
	});
});

test('the print sheet of a street-level view draws the streets as SVG paths, names them, and credits OpenStreetMap', async ({
	page
}) => {
	await page.goto(`${fixtureSite()}/print?map=${CITY}&lang=en`);
	const sheet = page.getByTestId('print');
	await expect(sheet).toHaveAttribute('data-print-ready', 'true');
	const map = sheet.locator('figure.map > svg').first();
	await expect(map.locator('g[data-basemap="city"] path[data-city="road primary"]')).toHaveCount(1);
	await expect(map.locator('g[data-basemap="city-names"] text', { hasText: 'Sugar Quay' })).toHaveCount(1);
	await expect(map.locator('g[data-basemap="city-names"] text', { hasText: 'Hoogstraat' })).toHaveCount(1);
	await expect(sheet.getByTestId('credits')).toHaveText(/^Test data\. · © OpenStreetMap contributors · made on /);
	// Nothing of it at the story's overview.
	await page.goto(`${fixtureSite()}/print?lang=en`);
	await expect(sheet).toHaveAttribute('data-print-ready', 'true');
	await expect(sheet.locator('g[data-basemap="city"]')).toHaveCount(0);
	await expect(sheet.getByTestId('credits')).toHaveText(/^Test data\. · made on /);
});
