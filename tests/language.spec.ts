import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, FIXTURE_BASE_PATH, fixtureSite, PHONE, test, waitForHydration, waitForMap } from './app-test';

// Everything the reader sees follows the interface language of the link (`lang=nl|en`, Dutch by default), though
// every page is built once, in Dutch: the vector map's labels, the tab's title, <html lang>, MapLibre's controls, the
// popup's sources and the page for an address the site does not have.

type Lang = 'nl' | 'en';
const story = JSON.parse(readFileSync('geo/story.json', 'utf8')) as { title: Record<Lang, string> };
const almaty = JSON.parse(readFileSync('geo/layers/almaty.geojson', 'utf8')) as {
	features: { properties: { id: string; name: Record<Lang, string> } }[];
};
const akimat = almaty.features.find((f) => f.properties.id === 'almaty-akimat')!.properties;

/** Labels of the basemap that differ by language, as the vector map draws them on a phone (countries in capitals). */
const labels: Record<Lang, string[]> = { nl: ['RUSLAND', 'Kaspische Zee'], en: ['RUSSIA', 'Caspian Sea'] };
const other = (lang: Lang): Lang => (lang === 'nl' ? 'en' : 'nl');
const query = (lang: Lang) => (lang === 'nl' ? '' : '?lang=en');

/** The vector map's label texts a reader can see. */
const visibleLabels = (page: Page) =>
	page
		.getByTestId('fallback')
		.locator('text')
		.evaluateAll((texts) => texts.filter((t) => t.getClientRects().length > 0).map((t) => t.textContent ?? ''));

for (const lang of ['nl', 'en'] as const) {
	test(`the vector map labels the basemap in ${lang}, from the first paint on`, async ({ page }) => {
		// On a phone the vector map stays the map until the reader turns to it.
		await page.setViewportSize(PHONE);
		// What the page shows as its HTML arrives, before its script runs.
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				const shown = [...document.querySelectorAll('[data-vector-map] text')]
					.filter((t) => t.getClientRects().length > 0)
					.map((t) => t.textContent ?? '');
				(window as unknown as { parsed: unknown }).parsed = { lang: document.documentElement.lang, shown };
			})
		);
		await page.goto(`/${query(lang)}`);
		await waitForHydration(page);
		const parsed = await page.evaluate(
			() => (window as unknown as { parsed: { lang: string; shown: string[] } }).parsed
		);
		expect(parsed.lang).toBe(lang);
		for (const shown of [parsed.shown, await visibleLabels(page)]) {
			for (const label of labels[lang]) expect(shown.some((t) => t.startsWith(label))).toBe(true);
			for (const label of labels[other(lang)]) expect(shown.some((t) => t.startsWith(label))).toBe(false);
			// A label the same in both languages is there once.
			expect(shown.filter((t) => t.startsWith('CHINA'))).toHaveLength(1);
		}
	});
}

test('the vector map’s labels change with the language the reader picks', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await waitForHydration(page);
	await page.getByRole('link', { name: /^EN/ }).click();
	await expect.poll(async () => (await visibleLabels(page)).filter((t) => t.startsWith('RUSSIA'))).toHaveLength(1);
	expect((await visibleLabels(page)).filter((t) => t.startsWith('RUSLAND'))).toEqual([]);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the print page draws its map with the labels of the link’s language', async ({ page }) => {
	for (const lang of ['en', 'nl'] as const) {
		await page.goto(`/print?lang=${lang}`);
		const sheet = page.getByTestId('print');
		await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
		const map = sheet.locator('figure.map > svg').first();
		await expect(map.locator('text', { hasText: labels[lang][0] })).toHaveCount(1);
		await expect(map.locator('text', { hasText: labels[other(lang)][0] })).toHaveCount(0);
	}
});

const titles: Record<string, (lang: Lang) => string> = {
	'/': (lang) => `${story.title[lang]} · ${lang === 'nl' ? 'kaart' : 'map'}`,
	'/place/almaty-akimat': (lang) => `${akimat.name[lang]} · ${story.title[lang]}`,
	'/embed': (lang) => story.title[lang],
	'/print': (lang) => `${story.title[lang]} · ${lang === 'nl' ? 'afdrukversie' : 'print version'}`
};

// The titles only: MapLibre's start in both languages is the zoom buttons' test below (and every map test's).
for (const [path, title] of Object.entries(titles))
	test(`${path} in nl and en: the tab’s title and <html lang> follow the link`, async ({ page }) => {
		for (const lang of ['nl', 'en'] as const) {
			await page.goto(`${path}?lang=${lang}`);
			await expect(page).toHaveTitle(title(lang));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
		}
	});

test('MapLibre’s zoom buttons speak the page’s language, and change with it', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await expect(page.getByRole('button', { name: 'Inzoomen' })).toHaveAttribute('title', 'Inzoomen');
	await expect(page.getByRole('button', { name: 'Uitzoomen' })).toHaveAttribute('title', 'Uitzoomen');
	await expect(page.getByRole('region', { name: 'Kaart', exact: true })).toHaveCount(1);
	await page.getByRole('link', { name: /^EN/ }).click();
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveAttribute('title', 'Zoom in');
	await expect(page.getByRole('button', { name: 'Zoom out' })).toHaveAttribute('title', 'Zoom out');
	await expect(page.getByRole('region', { name: 'Map', exact: true })).toHaveCount(1);

	await page.goto('/embed?lang=en');
	await waitForMap(page);
	await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveAttribute('title', 'Zoom in');
});

test('the popup says where the coordinates come from in the page’s language, and renders the quote in English beside the Dutch', async ({
	page
}) => {
	// Almaty's US consulate: the coordinates are the city centre's, and the popup says why.
	const popup = page.getByTestId('popup');
	const coordSource = popup.locator('.source[aria-busy="false"]');
	const quote = 'Niet-essentieel personeel op de Amerikaanse ambassade in Almaty kreeg intussen te horen';
	await page.goto('/place/almaty-us-consulate');
	await waitForMap(page);
	await expect(coordSource).toContainText('stadscentrum');
	await expect(coordSource).not.toContainText('city centre');
	// In Dutch, the article's own words are enough.
	await expect(popup.locator('blockquote')).toContainText(quote);
	await expect(popup.getByTestId('translation')).toHaveCount(0);
	await page.getByRole('link', { name: /^EN/ }).click();
	await expect(coordSource).toContainText('city centre');
	await expect(coordSource).not.toContainText('stadscentrum');
	// In English, the Dutch original stays, verbatim, and the editors' translation follows it, named as such.
	await expect(popup.locator('blockquote[lang="nl"]')).toContainText(quote);
	const translation = popup.getByTestId('translation');
	await expect(translation).toHaveAttribute('lang', 'en');
	await expect(translation).toHaveText(
		'Editors’ translation: “Non-essential staff at the American embassy in Almaty have meanwhile been told that they may leave the country.”'
	);
	await expect(translation).toBeInViewport();
});

test.describe('an address the site does not have', () => {
	// The browser reports the page's own status in the console.
	test.use({ expectedConsoleErrors: [/status of 404/] });

	const cases = [
		{ lang: 'nl', heading: 'Pagina niet gevonden', link: 'Naar de kaart bij het artikel' },
		{ lang: 'en', heading: 'Page not found', link: 'To the map with the article' }
	] as const;

	for (const { lang, heading, link } of cases)
		test(`is a 404 page in ${lang}, with a way back to the map`, async ({ page }) => {
			for (const path of ['/place/nope', '/no/such/page']) {
				const response = await page.goto(`${path}${query(lang)}`);
				expect(response?.status()).toBe(404);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await expect(page).toHaveTitle(heading);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page.getByRole('link', { name: link })).toHaveAttribute('href', `/${query(lang)}`);
			}
			await page.getByRole('link', { name: link }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title[lang]);
			await waitForHydration(page);
		});

	test('under a sub-path, the 404 page is there too, and leads back within it', async ({ page }) => {
		const response = await page.goto(`${fixtureSite()}/place/nope?lang=en`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		const back = page.getByRole('link', { name: 'To the map with the article' });
		await expect(back).toHaveAttribute('href', `${FIXTURE_BASE_PATH}/?lang=en`);
		await back.click();
		await waitForMap(page);
		expect(new URL(page.url()).pathname).toBe(`${FIXTURE_BASE_PATH}/`);
	});
});
