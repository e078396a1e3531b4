import { expect, test, waitForMap } from './app-test';

// The mid-scale basemap: oblast borders and the named rivers show from zoom 4.5, and their files load only then.

const midscale = /\/basemap\/(oblasts|waterways)\.geojson$/;

test('at /?map=6/50/70 MapLibre draws the oblast borders and the Ishim, and the print sheet too, with the oblasts’ names', async ({
	page
}) => {
	await page.goto('/?map=6/50/70&lang=en');
	await waitForMap(page);
	await expect
		.poll(async () => ((await page.getByTestId('map').getAttribute('data-midscale')) ?? '').split('|'))
		.toEqual(expect.arrayContaining(['oblast borders', 'Ishim']));
	await page.screenshot({ path: test.info().outputPath('midscale-6-50-70.png') });

	await page.goto('/print?map=6/50/70&lang=en');
	const sheet = page.locator('svg [data-basemap="oblasts"]').first();
	await expect(sheet).toBeAttached({ timeout: 30_000 });
	await expect(page.locator('svg [data-basemap="waterways"]').first()).toBeAttached();
	// The oblasts' names too, as MapLibre has them: in capitals, in the sheet's language.
	const names = page.locator('svg [data-basemap="oblast-names"] text');
	await expect(names.filter({ hasText: 'KARAGANDA' })).toHaveCount(1);
	await expect(names.filter({ hasText: 'AKMOLA' })).toHaveCount(1);
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
