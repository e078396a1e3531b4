// A story of more than FULL_PLACE_PAGES_UP_TO places (tests/fixtures/many-places.ts): its place pages are light (the
// place, its quotes, its preview as its map) and lead to the map page at that place; its long lists show 50 at a time.
import { FULL_PLACE_PAGES_UP_TO } from '../src/lib/server/page-data';
import { LIST_STEP } from '../src/lib/places/filter';
import { test, expect, manySite, PHONE, waitForMap } from './app-test';

const places = FULL_PLACE_PAGES_UP_TO + 1;
const screens = [
	{ name: '1440×900', viewport: { width: 1440, height: 900 } },
	{ name: '1024×768', viewport: { width: 1024, height: 768 } },
	{ name: '390×844 (touch)', viewport: PHONE, hasTouch: true, isMobile: true }
];

for (const { name, ...screen } of screens) {
	test.describe(`at ${name}`, () => {
		test.use(screen);

		test('without JavaScript a place page shows the place, its quotes, its map and the way to the map', async ({
			browser
		}) => {
			const context = await browser.newContext({ ...screen, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${manySite()}/place/almaty-akimat`);
			const main = page.getByTestId('place-page');
			await expect(main.getByRole('heading', { level: 1 })).toHaveText('Stadhuis (akimat) van Almaty');
			await expect(main.locator('blockquote').first()).toHaveText(
				'“bestorming van en brandstichting in overheidsgebouwen in Almaty”'
			);
			// Its preview, loaded, as wide as the page's column, and nothing wider than the screen.
			const img = main.getByRole('img');
			await expect(img).toHaveAttribute('alt', /Stadhuis \(akimat\) van Almaty/);
			await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
			const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
			expect(fits, 'no sideways scrolling').toBe(true);
			const open = main.getByTestId('open-map');
			await expect(open).toHaveText('Bekijk deze plaats op de kaart');
			await expect(open).toHaveAttribute('href', '/?place=almaty-akimat');
			await expect(main).toContainText(`Een van de ${places} plaatsen uit het artikel`);
			// Small: the page holds this place, not the story's other places or its drawing.
			const html = await page.content();
			expect(html.length).toBeLessThan(40_000);
			expect(html).not.toContain('data-vector-map');
			await context.close();
		});

		for (const lang of ['nl', 'en'] as const) {
			test(`with JavaScript a place page opens the map at its place, keeping the link's query (${lang})`, async ({
				page
			}) => {
				const query = `map=9/43.2/76.9${lang === 'en' ? '&lang=en' : ''}`;
				await page.goto(`${manySite()}/place/almaty-akimat?${query}`);
				await page.waitForURL(`${manySite()}/?${query}&place=almaty-akimat`);
				const name = lang === 'nl' ? 'Stadhuis (akimat) van Almaty' : 'Almaty city hall (akimat)';
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				if (screen.viewport.width >= 960) {
					await waitForMap(page);
					const popup = page.getByTestId('popup');
					await expect(popup).toHaveAttribute('data-place', 'almaty-akimat');
					await expect(popup.getByRole('heading')).toHaveText(name);
				} else {
					// A phone reads first: the place is the chosen one in the list.
					const chosen = page.getByTestId('places').locator('[data-place="almaty-akimat"]');
					await expect(chosen).toHaveAttribute('aria-current', 'true');
					await expect(chosen).toContainText(name);
				}
				// Back leaves the story (here for the blank page the browser opened with): the light page is not in the
				// history, so Back does not bring the reader to it and on to the map again.
				await page.goBack();
				expect(page.url()).toBe('about:blank');
			});
		}
	});
}

test('a long layer in the places list shows 50 at a time, and "show more" takes the reader to the next', async ({
	page
}) => {
	await page.goto(`${manySite()}/?lang=en`);
	const list = page.getByTestId('places');
	const more = list.locator('[data-testid="places-more"][data-layer="generated-points"]');
	await expect(more).toHaveText(/^Show more \(\d+ not shown\)$/);
	const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
	const shown = list.locator('[data-place^="generated-"]');
	const before = await shown.count();
	await more.click();
	await expect(shown).toHaveCount(before + Math.min(LIST_STEP, hidden));
	await expect(page.locator(':focus')).toHaveAttribute('data-place', /^generated-/);
	await expect(page.locator(':focus')).toBeInViewport();
});
