import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	canvasColors,
	canvasPixels,
	changedPixels,
	expect,
	mapView,
	PHONE,
	screenPoint,
	tapMapToStart,
	test,
	unfoldLegend,
	waitForMap,
	waitForVectorMap
} from './app-test';

interface Feature {
	geometry: { type: string; coordinates: [number, number] };
	properties: {
		id: string;
		name: { nl: string; en: string };
		passages: { id: string; quote: string }[];
		detail?: { nl: string; en: string };
		detailSource?: string | { nl: string; en: string };
		coordSource: string | { nl: string; en: string };
	};
}
const layer = (id: string) =>
	(JSON.parse(readFileSync(`geo/layers/${id}.geojson`, 'utf8')) as { features: Feature[] }).features;
const feature = (id: string) =>
	['almaty', 'nur-sultan', 'csto-arrivals', 'checkpoints', 'resource-deposits', 'context']
		.flatMap(layer)
		.find((f) => f.properties.id === id)!;

const popup = (page: Page) => page.getByTestId('popup');

async function open(page: Page, url = '/') {
	await page.goto(url);
	return waitForMap(page);
}

test.describe('layout', () => {
	test('on a wide screen the map stays in view beside the article while the article scrolls', async ({ page }) => {
		await open(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const article = page.locator('#article');
		const text = (await article.boundingBox())!;
		expect(map.x + map.width).toBeLessThanOrEqual(text.x + 1);
		await article.evaluate((el) => el.scrollTo(0, el.scrollHeight));
		await expect(page.locator('#passage-p19')).toBeInViewport();
		expect(await page.getByTestId('map').boundingBox()).toEqual(map);
	});

	// The narrowest phone, both sides of the stacked layout's edge (960 px), and a very wide screen: each layout
	// from a cold load, and the other width of its kind as the reader resizes the window.
	const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
	test('no horizontal scrolling at 2560 and 960 px', async ({ page }) => {
		await page.setViewportSize({ width: 2560, height: 900 });
		await page.goto('/');
		await waitForMap(page);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(2560);
		await page.setViewportSize({ width: 960, height: 900 });
		await expect
			.poll(() => page.getByTestId('map').evaluate((el) => el.querySelector('canvas')!.clientWidth))
			.toBeLessThan(960);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(960);
	});

	// The stacked layout at its edge, then on the narrowest phone (a phone's cold load, at 390 px: map.spec).
	test('no horizontal scrolling at 959 px, then at 360 px', async ({ page }) => {
		await page.setViewportSize({ width: 959, height: 900 });
		await page.goto('/');
		// The stacked layout shows the vector map until the reader turns to the map: neither may overflow.
		await waitForVectorMap(page);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(959);
		await tapMapToStart(page);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(959);
		await page.setViewportSize({ width: 360, height: 900 });
		await expect
			.poll(() => page.getByTestId('map').evaluate((el) => el.querySelector('canvas')!.clientWidth))
			.toBeLessThanOrEqual(360);
		expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
	});

	test('on a phone, links jump between the map, the article and the places', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('/');
		const jump = async (map: 'fallback' | 'map') => {
			await page.getByRole('link', { name: 'Naar het artikel' }).click();
			await expect(page.locator('#passage-p1')).toBeInViewport();
			await expect(page.getByTestId(map)).not.toBeInViewport();
			await page.getByRole('link', { name: 'Naar de kaart' }).click();
			await expect(page.getByTestId(map)).toBeInViewport();
		};
		// First the vector map the page arrives with, then MapLibre once the reader has turned to the map.
		await waitForVectorMap(page);
		await jump('fallback');
		await tapMapToStart(page);
		await jump('map');
	});
});

test.describe('layers', () => {
	test('a legend toggle hides and shows its layer on the map', async ({ page }) => {
		await open(page);
		const orange = async () => (await canvasColors(page, ['#c2410c'])).near['#c2410c']!;
		expect(await orange()).toBeGreaterThan(10);
		await unfoldLegend(page);
		const toggle = page.locator('input[name="layer"][value="almaty"]');
		await toggle.uncheck();
		await expect.poll(orange).toBeLessThan(3);
		await toggle.check();
		await expect.poll(orange).toBeGreaterThan(10);
	});

	test('each legend entry links its layer as a GeoJSON download', async ({ page }) => {
		await open(page);
		await unfoldLegend(page);
		const link = page.locator('[data-layer="checkpoints"] a.download');
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe('checkpoints.geojson');
	});

	test('places that overlap at country zoom stay reachable through a chooser', async ({ page }) => {
		await open(page);
		const at = await screenPoint(page, feature('almaty-akimat').geometry.coordinates);
		await page.mouse.click(at.x, at.y);
		const chooser = page.getByTestId('chooser');
		await expect(chooser).toBeVisible();
		await chooser.locator('[data-place="almaty-akimat"]').click();
		await expect(popup(page)).toHaveAttribute('data-place', 'almaty-akimat');
	});

	test('hovering a marker highlights it', async ({ page }) => {
		await open(page);
		const at = await screenPoint(page, feature('tengiz-oil-field').geometry.coordinates);
		await page.mouse.move(at.x, at.y);
		await expect(page.getByTestId('map')).toHaveAttribute('data-hovered', 'tengiz-oil-field');
	});
});

test.describe('marker to passage and back', () => {
	test('clicking a marker opens its popup and highlights exactly the quoted words', async ({ page }) => {
		await open(page);
		const tengiz = feature('tengiz-oil-field');
		const at = await screenPoint(page, tengiz.geometry.coordinates);
		await page.mouse.click(at.x, at.y);
		const box = popup(page);
		await expect(box).toHaveAttribute('data-place', 'tengiz-oil-field');
		await expect(box.locator('h2')).toHaveText(tengiz.properties.name.nl);
		await expect(box).toContainText(tengiz.properties.passages[0]!.quote);
		await expect(box).toContainText('Precisie');
		const marks = page.locator(`#passage-${tengiz.properties.passages[0]!.id} mark[data-place="tengiz-oil-field"]`);
		await expect(marks.first()).toBeVisible();
		expect((await marks.allTextContents()).join('')).toBe(tengiz.properties.passages[0]!.quote);
		await box.getByRole('button', { name: 'Lees in het artikel' }).click();
		await expect(marks.first()).toBeInViewport();
	});

	test('activating a quote flies the map to its place and opens the popup', async ({ page }) => {
		await open(page);
		const before = await mapView(page);
		await page.locator('.quote[data-places="nur-sultan-city"]').click();
		await expect(popup(page)).toHaveAttribute('data-place', 'nur-sultan-city');
		await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThan(before.zoom + 2);
		const view = await mapView(page);
		expect(Math.abs(view.lat - 51.17)).toBeLessThan(0.5);
		expect(Math.abs(view.lon - 71.43)).toBeLessThan(0.5);
	});

	test('a quote shared by several places offers them to choose from', async ({ page }) => {
		await open(page);
		await page.locator('.quote[data-places~="inkai-uranium"]').first().click();
		await page.locator('.quote-menu [data-place="inkai-uranium"]').click();
		await expect(popup(page)).toHaveAttribute('data-place', 'inkai-uranium');
	});

	test('hovering a quote makes its place unmistakable on the map: a halo and a raised marker, not a thin arc', async ({
		page
	}) => {
		await open(page);
		// Nur-Sultan, a city drawn with its area of uncertainty: its emphasis was once only that area's outline.
		const at = await screenPoint(page, feature('nur-sultan-city').geometry.coordinates);
		const before = await canvasPixels(page, at, 24);
		await page.locator('.quote[data-places="nur-sultan-city"]').hover();
		await expect(page.getByTestId('map')).toHaveAttribute('data-hovered', 'nur-sultan-city');
		await expect
			.poll(async () => changedPixels(before, await canvasPixels(page, at, 24)), 'pixels changed around the place')
			.toBeGreaterThan(500);
		// The mouse leaves the quote: the emphasis goes with it.
		await page.mouse.move(5, 5);
		await expect.poll(async () => changedPixels(before, await canvasPixels(page, at, 24))).toBeLessThan(40);
	});
});

test.describe('places list', () => {
	test('lists the places by layer, filters on Dutch and English names, and selects with the keyboard', async ({
		page
	}) => {
		await open(page);
		const list = page.getByTestId('places');
		await expect(list.getByRole('heading', { name: 'Plaatsen in dit artikel' })).toBeVisible();
		await expect(list.locator('button[data-place]')).toHaveCount(38);
		const search = list.getByRole('searchbox');
		await search.fill('alm');
		const names = await list.locator('button[data-place]').allTextContents();
		expect(names.length).toBeGreaterThan(2);
		for (const name of names) expect(name).toMatch(/Almaty/);
		await search.fill('moscow');
		await expect(list.locator('button[data-place="moscow"]')).toBeVisible();
		await search.fill('');
		await search.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(popup(page)).toBeVisible();
		await expect(list.locator('[aria-live="polite"]')).toContainText('geselecteerd');
	});
});

test.describe('honest precision', () => {
	test('the checkpoints are an area of uncertainty, with the reason and the sources in the popup', async ({ page }) => {
		await open(page);
		await page.getByTestId('places').locator('button[data-place="nur-sultan-checkpoints"]').click();
		await expect(popup(page)).toContainText('bij benadering: op stadsniveau');
		await expect(popup(page)).toContainText('Geen enkele bron geeft de precieze plaats');
		// The longer texts come from /place-details.json, which the map fetches when it starts.
		const { detail, detailSource, coordSource } = feature('nur-sultan-checkpoints').properties;
		await expect(popup(page).locator('.detail')).toHaveText(detail!.nl);
		await expect(popup(page).locator('dt')).toContainText(['Bron van de toelichting', 'Bron van de coördinaten']);
		const nl = (text: string | { nl: string }) => (typeof text === 'string' ? text : text.nl);
		await expect(popup(page).locator('.source')).toHaveText([nl(detailSource!), nl(coordSource)]);
	});
});

test.describe('arrivals and context', () => {
	test('"show all" brings Washington and Geneva into view, framed tightly: no world view', async ({ page }) => {
		await open(page);
		await page.getByTestId('zoom-all').click();
		const box = (await page.getByTestId('map').boundingBox())!;
		// The camera flies there: once it has landed, the three farthest places lie within the map.
		const outside = async () => {
			const out: string[] = [];
			for (const id of ['us-state-department', 'geneva', 'vietnam']) {
				const at = await screenPoint(page, feature(id).geometry.coordinates);
				if (!(at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height)) out.push(id);
			}
			return out;
		};
		await expect.poll(outside).toEqual([]);
		const { zoom } = await mapView(page);
		expect(zoom).toBeLessThan(2.5);
		// From Washington to Vietnam is about 185° of longitude: a country's whole outline (Russia's, the United
		// States', both across the 180th meridian) must not widen the frame to the whole world.
		const degreesAcross = (360 * box.width) / (512 * 2 ** zoom);
		expect(degreesAcross).toBeLessThan(260);
	});
});

test.describe('timeline', () => {
	test('a day before the troops landed hides their routes; all days brings them back', async ({ page }) => {
		await open(page);
		const purple = async () => (await canvasColors(page, ['#6d28d9'])).near['#6d28d9']!;
		expect(await purple()).toBeGreaterThan(100);
		await page.getByLabel('Alle dagen').uncheck();
		const slider = page.locator('input[name="day"]');
		await slider.focus();
		await page.keyboard.press('Home');
		await expect(slider).toHaveAttribute('aria-valuetext', '2 januari 2022');
		await expect.poll(purple).toBeLessThan(20);
		await page.getByLabel('Alle dagen').check();
		await expect.poll(purple).toBeGreaterThan(100);
	});

	test('the chronology lists what happened on which day and leads to the place', async ({ page }) => {
		await open(page);
		const zhanaozen = page.getByTestId('chronology').locator('[data-place="zhanaozen"]');
		await zhanaozen.click();
		await expect(popup(page)).toHaveAttribute('data-place', 'zhanaozen');
	});
});

test.describe('languages', () => {
	test('lang=en switches the interface, names and notes to English; the article stays Dutch', async ({ page }) => {
		await open(page, '/?lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('US and Russia clash over Kazakhstan');
		await expect(page.getByTestId('places').getByRole('heading', { name: 'Places in this article' })).toBeVisible();
		expect(await page.locator('#passage-p1').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
		await page.getByTestId('places').locator('button[data-place="nur-sultan-checkpoints"]').click();
		await expect(popup(page)).toContainText('approximate: city level');
		await expect(popup(page)).toContainText('No source gives the exact location');
		await page.getByRole('link', { name: 'Nederlands' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('VS en Rusland clashen over Kazachstan');
	});
});

test.describe('distance', () => {
	test('two selected places show the great-circle distance between them', async ({ page }) => {
		await open(page);
		const list = page.getByTestId('places');
		await list.locator('button[data-place="almaty-city"]').click();
		// The map flies to the place, its popup with it: the reader clicks the popup once the map has landed (the address
		// holds the place's camera only then). On a slow machine a click during the flight could land beside the button.
		await expect
			.poll(() => {
				const q = new URL(page.url()).searchParams;
				return q.get('place') === 'almaty-city' && q.has('map');
			})
			.toBe(true);
		await popup(page).getByRole('button', { name: 'Meet afstand vanaf hier' }).click();
		await list.locator('button[data-place="nur-sultan-city"]').click();
		await expect(page.getByTestId('distance')).toHaveText(/Almaty – Nur-Sultan.*: 9\d\d km in vogelvlucht/);
	});
});
