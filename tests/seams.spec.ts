import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { expect, PHONE, screenPoint, tapMapToStart, test, waitForHydration, waitForMap } from './app-test';

/**
 * The features together, as a reader meets them: whatever opens on the map (a popup, the chooser of overlapping
 * places, a panel) lies wholly inside the map, nothing lies over it, and the page stays where the reader has it.
 */

interface Feature {
	geometry: { coordinates: unknown };
	properties: { id: string; name: { nl: string; en: string } };
}
const LAYERS = ['almaty', 'nur-sultan', 'csto-arrivals', 'checkpoints', 'resource-deposits', 'context'];
const byLayer = LAYERS.map(
	(layer) =>
		[
			layer,
			(JSON.parse(readFileSync(`geo/layers/${layer}.geojson`, 'utf8')) as { features: Feature[] }).features
		] as const
);
const features = byLayer.flatMap(([, f]) => f);
const placeIds = features.map((f) => f.properties.id);
const layerOf: Record<string, string> = Object.fromEntries(
	byLayer.flatMap(([layer, f]) => f.map((x) => [x.properties.id, layer]))
);
const pointOf = (id: string) =>
	features.find((f) => f.properties.id === id)!.geometry.coordinates as unknown as [number, number];

const LAPTOP = { width: 1024, height: 768 };
const DESKTOP = { width: 1440, height: 900 };

/**
 * What a reader would find wrong with the open popup: it runs past the map, something lies over it, or the page has
 * scrolled away from its top (on a wide screen, where the page is the height of the window). [] when all is well.
 */
async function seams(page: Page | Frame, { pageStill, at = 0 }: { pageStill: boolean; at?: number }) {
	return page.evaluate(
		([pageStill, at]) => {
			const problems: string[] = [];
			const fmt = (r: DOMRect) =>
				`${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}`;
			const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
			const popup = document.querySelector('.maplibregl-popup');
			if (!popup) return ['no popup'];
			const p = popup.getBoundingClientRect();
			if (p.left < map.left - 1 || p.right > map.right + 1 || p.top < map.top - 1 || p.bottom > map.bottom + 1)
				problems.push(`the popup (${fmt(p)}) runs past the map (${fmt(map)})`);
			// Everything that lies over the map, by the names the page has always given it.
			const over = '.legend-box, .tools, .pin-box, .distance-box, .maplibregl-ctrl, .full';
			for (const el of document.querySelectorAll<HTMLElement>(over)) {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
				const x = Math.min(r.right, p.right) - Math.max(r.left, p.left);
				const y = Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top);
				if (x > 1 && y > 1) problems.push(`${el.className.split(' ')[0]} (${fmt(r)}) lies over the popup (${fmt(p)})`);
			}
			if (pageStill && document.scrollingElement!.scrollTop !== at)
				problems.push(`the page scrolled by ${document.scrollingElement!.scrollTop - at} px`);
			// A page still at its top shows its title (and Share beside it) whole.
			const title = document.querySelector('h1')?.getBoundingClientRect();
			if (pageStill && at === 0 && title && (title.top < 0 || title.bottom > innerHeight))
				problems.push(`the title (${fmt(title)}) is out of view`);
			return problems;
		},
		[pageStill, at] as const
	);
}

/** Waits until the map has landed where the reader's choice took it: the address holds its camera only then. */
async function landed(page: Page, id: string) {
	await expect
		.poll(() => {
			const q = new URL(page.url()).searchParams;
			return (q.get('place') === id || new URL(page.url()).pathname.endsWith(`/place/${id}`)) && q.has('map');
		})
		.toBe(true);
}

async function open(page: Page, url: string, viewport: { width: number; height: number }) {
	await page.setViewportSize(viewport);
	await page.goto(url);
	return waitForMap(page);
}

for (const [name, viewport, lang] of [
	['1440 × 900, nl', DESKTOP, 'nl'],
	['1024 × 768, en', LAPTOP, 'en']
] as const)
	test(`${name}: every place chosen in the list opens a popup inside the map, covered by nothing, and the page stays put`, async ({
		page
	}) => {
		test.slow();
		// Without the flights' animation (the reader's "reduce motion"), so that 38 places take seconds, not minutes;
		// the animated flights are in the tests below.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await open(page, `/?lang=${lang}`, viewport);
		const list = page.getByTestId('places');
		// Every place at 1440 × 900; at 1024 × 768 every second one (every layer, every kind of place), for CI's time.
		for (const id of viewport === DESKTOP ? placeIds : placeIds.filter((_, i) => i % 2 === 0)) {
			await list.locator(`button[data-place="${id}"]`).click();
			// Where the page was once the button was clicked: reaching a button low in the list may scroll the
			// page (the reader's own scroll, done here by Playwright); the choice itself must not move it.
			const at = await page.evaluate(() => document.scrollingElement!.scrollTop);
			await landed(page, id);
			await expect.poll(() => seams(page, { pageStill: true, at }), { message: id }).toEqual([]);
		}
	});

test('1440 × 900: every quote chosen in the article opens its popup inside the map, covered by nothing', async ({
	page
}) => {
	test.slow();
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await open(page, '/', DESKTOP);
	const quotes = page.locator('#article [data-places]:not([data-places*=" "])');
	const count = await quotes.count();
	expect(count).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		const quote = quotes.nth(i);
		const id = (await quote.getAttribute('data-places'))!;
		await quote.click();
		await landed(page, id);
		await expect.poll(() => seams(page, { pageStill: true }), { message: id }).toEqual([]);
	}
});

test('1440 × 900: the Nur-Sultan marker opens the chooser of its places, clear of the legend, and a choice its popup', async ({
	page
}) => {
	await open(page, '/', DESKTOP);
	// The legend is unfolded on a map this large, until a popup opens.
	await expect(page.getByTestId('legend')).toHaveAttribute('open', '');
	const at = await screenPoint(page, pointOf('nur-sultan-city'));
	await page.mouse.click(at.x, at.y);
	await expect(page.getByTestId('chooser')).toBeVisible();
	await expect.poll(() => seams(page, { pageStill: true })).toEqual([]);
	// Every place of the spot is listed, and reachable.
	const choices = page.getByTestId('chooser').locator('button[data-place]');
	expect(await choices.count()).toBeGreaterThanOrEqual(3);
	await choices.last().scrollIntoViewIfNeeded();
	await expect(choices.last()).toBeInViewport();
	await page.getByTestId('chooser').locator('button[data-place="nur-sultan-akorda"]').click();
	await expect(page.getByTestId('popup')).toHaveAttribute('data-place', 'nur-sultan-akorda');
	await expect.poll(() => seams(page, { pageStill: true })).toEqual([]);
});

test.describe('legend', () => {
	for (const [name, viewport, folded] of [
		['a small map (1280 × 720: a column of 464 px)', { width: 1280, height: 720 }, true],
		['a phone', PHONE, true],
		['a large map (1440 × 900)', DESKTOP, false]
	] as const)
		test(`on ${name} it is ${folded ? 'folded' : 'unfolded'} at first, and a toggle opens and closes it`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/');
			await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
			const legend = page.getByTestId('legend');
			const toggle = page.locator('input[name="layer"][value="almaty"]');
			if (folded) await expect(toggle).toBeHidden();
			else await expect(toggle).toBeVisible();
			await legend.locator('summary').click();
			await expect(toggle).toBeVisible({ visible: folded });
			await legend.locator('summary').click();
			await expect(toggle).toBeVisible({ visible: !folded });
		});

	test('folded, it says how many layers are shown when some are hidden', async ({ page }) => {
		await open(page, '/?layers=almaty,checkpoints&lang=en', { width: 1280, height: 720 });
		await expect(page.getByTestId('legend').locator('summary')).toHaveText(/Legend\s*· 2 of 6 layers/);
	});
});

test.describe('on a phone (touch)', () => {
	test.use({ viewport: PHONE, hasTouch: true });

	test('choosing a place in the list brings the map into view with its popup, and the page stays at the map', async ({
		page
	}) => {
		await page.goto('/?lang=en');
		const list = page.getByTestId('places');
		for (const id of ['almaty-akimat', 'nur-sultan-checkpoints', 'moscow', 'tengiz-oil-field']) {
			await list.locator(`button[data-place="${id}"]`).tap();
			await waitForMap(page);
			await landed(page, id);
			await expect(page.getByTestId('popup')).toHaveAttribute('data-place', id);
			// The map, and the popup on it, are in view, and stay there once the page has come to rest.
			await expect.poll(() => seams(page, { pageStill: false }), { message: id }).toEqual([]);
			await expect(page.getByTestId('popup')).toBeInViewport({ ratio: 1 });
			const top = await page.evaluate(() => scrollY);
			await expect(page.getByTestId('map')).toBeInViewport({ ratio: 0.8 });
			await expect.poll(() => page.evaluate(() => scrollY)).toBe(top);
		}
	});

	test('choosing a place from the chooser on the map keeps the map in view', async ({ page }) => {
		await page.goto('/?lang=en');
		await tapMapToStart(page);
		const top = await page.evaluate(() => scrollY);
		const at = await screenPoint(page, pointOf('almaty-city'));
		await page.touchscreen.tap(at.x, at.y);
		const chooser = page.getByTestId('chooser');
		await expect(chooser).toBeVisible();
		await expect.poll(() => seams(page, { pageStill: false })).toEqual([]);
		await chooser.locator('button[data-place="almaty-akimat"]').tap();
		await expect(page.getByTestId('popup')).toHaveAttribute('data-place', 'almaty-akimat');
		await expect.poll(() => seams(page, { pageStill: false })).toEqual([]);
		await expect(page.getByTestId('map')).toBeInViewport({ ratio: 0.8 });
		expect(await page.evaluate(() => scrollY)).toBe(top);
	});
});

test.describe('Escape', () => {
	test('closes the popup and leaves the focus in the list where the reader chose the place', async ({ page }) => {
		await open(page, '/', DESKTOP);
		const button = page.getByTestId('places').locator('button[data-place="moscow"]');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('popup')).toBeVisible();
		await expect(button).toBeFocused();
		// The reader goes into the popup, then leaves it with Escape: back to where they came from.
		await page.getByTestId('popup').getByRole('button', { name: 'Lees in het artikel' }).focus();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('popup')).toHaveCount(0);
		await expect(button).toBeFocused();
		expect(new URL(page.url()).searchParams.get('place')).toBeNull();
	});

	test('closes the chooser, and then a panel', async ({ page }) => {
		await open(page, '/', DESKTOP);
		const at = await screenPoint(page, pointOf('nur-sultan-city'));
		await page.mouse.click(at.x, at.y);
		await expect(page.getByTestId('chooser')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('chooser')).toHaveCount(0);
		await page.getByTestId('share-centre').click();
		await expect(page.getByTestId('pin')).toBeVisible();
		await page.getByTestId('pin').getByRole('button').first().focus();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('pin')).toHaveCount(0);
	});
});

test('a place of a hidden layer, once chosen, shows its layer; the list says which places are hidden', async ({
	page
}) => {
	await open(page, '/?layers=almaty&lang=en', DESKTOP);
	const list = page.getByTestId('places');
	const heading = (layer: string) => list.locator(`h3[data-layer="${layer}"]`);
	await expect(heading(layerOf.moscow!)).toContainText('layer hidden');
	await expect(heading('almaty')).not.toContainText('layer hidden');
	await list.locator('button[data-place="moscow"]').click();
	await landed(page, 'moscow');
	await expect(page.locator(`input[name="layer"][value="${layerOf.moscow}"]`)).toBeChecked();
	expect(new URL(page.url()).searchParams.get('layers')?.split(',').sort()).toEqual(['almaty', layerOf.moscow].sort());
	await expect(heading(layerOf.moscow!)).not.toContainText('layer hidden');
	await expect.poll(() => seams(page, { pageStill: true })).toEqual([]);
});

test('a measured distance: the map frames both places, and the result lies over neither', async ({ page }) => {
	await open(page, '/', DESKTOP);
	const list = page.getByTestId('places');
	await list.locator('button[data-place="almaty-city"]').click();
	await landed(page, 'almaty-city');
	await page.getByTestId('popup').getByRole('button', { name: 'Meet afstand vanaf hier' }).click();
	await list.locator('button[data-place="moscow"]').click();
	await expect(page.getByTestId('distance')).toHaveText(/Almaty – Moskou/);
	await landed(page, 'moscow');
	const result = (await page.getByTestId('distance').boundingBox())!;
	const map = (await page.getByTestId('map').boundingBox())!;
	for (const id of ['almaty-city', 'moscow']) {
		const at = await screenPoint(page, pointOf(id));
		expect(at.x, id).toBeGreaterThan(map.x);
		expect(at.x, id).toBeLessThan(map.x + map.width);
		expect(at.y, id).toBeGreaterThan(map.y);
		expect(at.y, id).toBeLessThan(result.y);
	}
	await expect.poll(() => seams(page, { pageStill: true })).toEqual([]);
});

test('the embed never takes the focus from its host page, and its popup lies inside it, clear of the legend', async ({
	page,
	baseURL
}) => {
	await page.setViewportSize(DESKTOP);
	// A host page of its own (a newsroom's article), with a form field the reader is typing in.
	await page.route(`${baseURL}/host.html`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>Host</title><input id="host-input" aria-label="host">
				<iframe src="${baseURL}/embed?place=nur-sultan-akorda" width="600" height="450" title="map"></iframe>`
		})
	);
	await page.goto(`${baseURL}/host.html`);
	await page.locator('#host-input').focus();
	const frame = page.frameLocator('iframe');
	await expect(frame.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(frame.getByTestId('popup')).toBeVisible();
	// The map has settled with its popup: still, the host keeps the focus.
	await expect(frame.getByTestId('map')).toHaveAttribute('data-view', /^11\.00\//);
	await expect(page.locator('#host-input')).toBeFocused();
	const inner = page.frames().find((f) => f.url().includes('/embed'))!;
	await expect.poll(() => seams(inner, { pageStill: false })).toEqual([]);
	// The folded legend and the scale bar lie apart.
	const [legend, scale] = await Promise.all([
		frame.locator('.legend-box').boundingBox(),
		frame.locator('.maplibregl-ctrl-scale').boundingBox()
	]);
	expect(legend!.y + legend!.height <= scale!.y || scale!.y + scale!.height <= legend!.y).toBe(true);
});

test.describe('first visit', () => {
	/** Where the map area's top edge is: it must not move when the hint is left out or dismissed later. */
	const mapTop = (page: Page) => page.locator('[data-map-area]').evaluate((el) => el.getBoundingClientRect().top);

	test('1440 × 900, nl: a one-line hint, dismissed for good; the first Tab offers a skip link to the places filter', async ({
		page
	}) => {
		await page.goto('/');
		await waitForHydration(page);
		const hint = page.getByTestId('hint');
		await expect(hint).toBeVisible();
		await expect(hint).toContainText('Kies een plaats op de kaart of in de lijst');
		await expect(hint).toBeInViewport({ ratio: 1 });
		// The keyboard's first stop leads past the header, the notice and the map's tools to the filter.
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Naar het plaatsenfilter' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport({ ratio: 1 });
		await page.keyboard.press('Enter');
		await expect(page.getByRole('searchbox', { name: 'Plaatsen filteren' })).toBeFocused();
		expect(new URL(page.url()).hash, 'the address stays the one to share').toBe('');
		// Dismissed, the hint goes, the focus goes to the page's title, and a new visit shows no hint.
		await hint.getByRole('button', { name: 'Begrepen' }).click();
		await expect(hint).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		await page.reload({ waitUntil: 'commit' });
		await page.waitForSelector('[data-map-area]');
		const first = await mapTop(page);
		await expect(hint).toBeHidden();
		await waitForHydration(page);
		await expect(hint).toHaveCount(0);
		expect(await mapTop(page), 'the map did not move when the page hydrated').toBe(first);
	});

	test.describe('on a phone (touch)', () => {
		test.use({ viewport: PHONE, hasTouch: true });

		test('390 × 844, en: the hint fits the screen beside the title, and the skip link brings the filter into view', async ({
			page
		}) => {
			await page.goto('/?lang=en');
			await waitForHydration(page);
			const hint = page.getByTestId('hint');
			await expect(hint).toContainText('Choose a place on the map or in the list');
			const box = (await hint.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
			expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
			await page.keyboard.press('Tab');
			await expect(page.getByRole('link', { name: 'Skip to the places filter' })).toBeFocused();
			await page.keyboard.press('Enter');
			const filter = page.getByRole('searchbox', { name: 'Filter places' });
			await expect(filter).toBeFocused();
			await expect(filter).toBeInViewport({ ratio: 1 });
		});
	});
});

test('the timeline lies right under the map, a tick and a date for each day, at 1440 × 900, 1024 × 768 and 390 × 844', async ({
	page
}) => {
	for (const [viewport, lang, first] of [
		[DESKTOP, 'nl', '2 jan'],
		[LAPTOP, 'en', '2 Jan'],
		[PHONE, 'en', '2 Jan']
	] as const) {
		await page.setViewportSize(viewport);
		await page.goto(`/?lang=${lang}`);
		await waitForHydration(page);
		const timeline = page.getByTestId('timeline');
		// On a phone the page is long: the reader who turns to the map finds the timeline with it.
		if (viewport === PHONE) await page.locator('[data-map-area]').evaluate((el) => el.scrollIntoView());
		await expect(timeline, `${viewport.width} px`).toBeInViewport({ ratio: 1 });
		const map = (await page.getByTestId('fallback').boundingBox())!;
		const bar = (await timeline.boundingBox())!;
		expect(Math.abs(bar.y - (map.y + map.height)), 'the bar starts where the map ends').toBeLessThan(2);
		expect(bar.x).toBeGreaterThanOrEqual(map.x - 1);
		expect(bar.x + bar.width).toBeLessThanOrEqual(map.x + map.width + 1);
		// A tick for every day from the first to the last; the labels never touch, and the first names its month.
		const ticks = timeline.locator('.ticks li');
		await expect(ticks).toHaveCount(18);
		await expect(ticks.first()).toHaveText(first);
		const labels = await ticks.locator('button').evaluateAll((buttons) =>
			buttons.flatMap((b) => {
				if (!b.textContent) return [];
				const range = document.createRange();
				range.selectNodeContents(b);
				const r = range.getBoundingClientRect();
				return [{ left: r.left, right: r.right }];
			})
		);
		expect(labels.length, 'at least every third day is labelled').toBeGreaterThanOrEqual(6);
		for (let i = 1; i < labels.length; i++)
			expect(labels[i]!.left, `label ${i} clear of the one before`).toBeGreaterThan(labels[i - 1]!.right + 2);
		// A tick chooses its day, and the address says so.
		await ticks.nth(3).locator('button').click();
		await expect(timeline.locator('output')).toContainText(lang === 'nl' ? '5 januari 2022' : '5 January 2022');
		await expect.poll(() => new URL(page.url()).searchParams.get('day')).toBe('2022-01-05');
	}
});
