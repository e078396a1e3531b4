import { expect, test, waitForMap } from './app-test';

// The mid-scale basemap: oblast borders and the named rivers show from zoom 4.5, and their files load only then.

const midscale = /\/basemap\/(oblasts|waterways)\.geojson$/;

test('at /?map=6/50/70 MapLibre draws the oblast borders, the Ishim and the towns of zoom 6, and the print sheet too, with the oblasts’ names', async ({
	page
}) => {
	await page.goto('/?map=6/50/70&lang=en');
	const map = await waitForMap(page);
	await expect
		.poll(async () => ((await map.getAttribute('data-midscale')) ?? '').split('|'))
		.toEqual(expect.arrayContaining(['oblast borders', 'Ishim']));
	// A town of zoom 6 (rank 5), with its name.
	await expect.poll(async () => ((await map.getAttribute('data-labels')) ?? '').split('|')).toContain('Temirtau');
	await page.screenshot({ path: test.info().outputPath('midscale-6-50-70.png') });

	await page.goto('/print?map=6/50/70&lang=en');
	const sheet = page.locator('svg [data-basemap="oblasts"]').first();
	await expect(sheet).toBeAttached({ timeout: 30_000 });
	await expect(page.locator('svg [data-basemap="waterways"]').first()).toBeAttached();
	// The oblasts' names too, as MapLibre has them: in capitals, in the sheet's language.
	const names = page.locator('svg [data-basemap="oblast-names"] text');
	await expect(names.filter({ hasText: 'KARAGANDA' })).toHaveCount(1);
	await expect(names.filter({ hasText: 'AKMOLA' })).toHaveCount(1);
	const labels = page.locator('svg [data-basemap="labels"] text');
	await expect(labels.filter({ hasText: 'Temirtau' })).toHaveCount(1);
	const dots = await page.locator('svg [data-basemap="places"] circle').count();

	// Just below zoom 6 the town is not there, neither its name nor its dot.
	await page.goto('/print?map=5.9/50/70&lang=en');
	await expect(page.getByTestId('print')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
	await expect(labels.filter({ hasText: 'Temirtau' })).toHaveCount(0);
	expect(await page.locator('svg [data-basemap="places"] circle').count()).toBeLessThan(dots);
});

test('the print sheet names the mid-scale rivers from zoom 5 and the towns from zoom 6, by Kapchagay reservoir', async ({
	page
}) => {
	await page.goto('/print?map=6.5/43.9/77.3&lang=nl');
	await expect(page.getByTestId('print')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
	const labels = page.locator('svg [data-basemap="labels"] text');
	// The Ili (Іле in Kazakh) and the town of Kapchagay, in Dutch, by the reservoir.
	await expect(labels.filter({ hasText: /^IliІле$/ })).toHaveCount(1);
	await expect(labels.filter({ hasText: /^KaptsjagajҚапшағай$/ })).toHaveCount(1);
});

test('the first view neither loads nor draws the mid-scale files; zooming in loads them', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (r) => {
		if (midscale.test(new URL(r.url()).pathname)) loaded.push(r.url());
	});
	await page.goto('/');
	await waitForMap(page);
	expect(loaded).toEqual([]);
	await expect(page.getByTestId('fallback').locator('[data-basemap="oblasts"]')).toHaveCount(0);
	await page.goto('/?map=5.5/48/68');
	await waitForMap(page);
	await expect.poll(() => loaded.length).toBe(2);
});

test('from zoom 6 the main airports show as a ring with their name, on the map and on the print sheet', async ({
	page
}) => {
	await page.goto('/?map=7/43.75/51.3&lang=en');
	const map = await waitForMap(page);
	await expect
		.poll(async () => ((await map.getAttribute('data-labels')) ?? '').split('|'))
		.toEqual(expect.arrayContaining(['Aktau', 'Aktau Airport']));

	await page.goto('/print?map=7/43.75/51.3&lang=nl');
	await expect(page.getByTestId('print')).toHaveAttribute('data-print-ready', 'true', { timeout: 30_000 });
	const airport = page.locator('svg [data-basemap="airports"] [data-airport]');
	await expect(airport).toHaveCount(1);
	await expect(airport.locator('text')).toHaveText(/^Luchthaven\s*Aktau$/);
	// A ring: white inside, the labels' grey round it.
	await expect(airport.locator('circle')).toHaveAttribute('fill', '#ffffff');
});
