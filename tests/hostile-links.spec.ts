import { expect, PHONE, test } from './app-test';

const keys = ['map', 'place', 'passage', 'layers', 'lang', 'pin'];
const payloads = [
	'%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
	'javascript:alert(1)',
	'%E0%A4%A',
	'x'.repeat(10_000),
	'%F0%9F%98%80%E2%80%AE%00',
	'-0/-0/-0',
	'1e308,1e-308'
];
const links = [
	// `map=-0/-0/-0` is a valid view (zoom 0 over 0°, 0°): it is tested on its own below.
	...keys.flatMap((key) => payloads.map((value) => `${key}=${value}`)).filter((q) => q !== 'map=-0/-0/-0'),
	'place=almaty-akimat&place=%3Csvg%20onload%3Dalert(1)%3E',
	'map=5/43/76&map=NaN/NaN/NaN',
	'%3Cscript%3E=1&lang=en',
	'layers=almaty,%22%3E%3Cscript%3Ealert(1)%3C/script%3E'
];

test('at least 50 hostile deep links are tried', () => {
	expect(links.length).toBeGreaterThanOrEqual(50);
});

// Four links per test, each opened afresh in the same tab: a failure names its link; a test's timeout covers four.
// On a phone's screen, where the vector map reads the link's camera and MapLibre waits for the reader (CI's time: the
// links with MapLibre are deep-links.spec's bad links).
const PER_TEST = 4;
test.describe('on a phone', () => {
	test.use({ viewport: PHONE });
	for (let from = 0; from < links.length; from += PER_TEST) {
		const batch = links.slice(from, from + PER_TEST);
		test(`hostile links ${from + 1}–${from + batch.length}: no page error, no dialog, nothing executed, a notice`, async ({
			page
		}) => {
			const dialogs: string[] = [];
			page.on('dialog', async (d) => {
				dialogs.push(d.message());
				await d.dismiss();
			});
			for (const query of batch) {
				const link = `/?${query}`;
				await page.goto(link);
				await expect(page.getByTestId('notice'), link.slice(0, 80)).toBeVisible();
				await expect(page.getByRole('heading', { level: 1 }), link.slice(0, 80)).toBeVisible();
				expect(await page.locator('img[src="x"], svg[onload], script:not([type]):text("alert")').count(), link).toBe(0);
				expect(dialogs, link.slice(0, 80)).toEqual([]);
			}
		});
	}
});

test('negative zero is read as zero, with no notice', async ({ page }) => {
	await page.goto('/?map=-0/-0/-0');
	await expect(page.getByTestId('map')).toHaveAttribute('data-view', /^0\.\d\d\/0\.00000\/0\.00000$/, {
		timeout: 60_000
	});
	await expect(page.getByTestId('notice')).toHaveCount(0);
});
