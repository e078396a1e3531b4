import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './app-test';

/** The violations axe finds on the page as it is now, one line each. */
async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Each map page in Dutch, then in English as the reader switches to it (the page's own link, no reload: the cold
// English pages are language.spec's); the print page cold in each language.
for (const path of ['/', '/place/almaty-akimat'])
	test(`axe finds no accessibility violation on ${path}, in Dutch and then in English`, async ({ page }) => {
		await page.goto(path);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
		expect(await violations(page), 'nl').toEqual([]);
		await page.getByRole('link', { name: /^EN/ }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('US and Russia clash over Kazakhstan');
		await expect(map).toHaveAttribute('data-ready', 'true');
		expect(await violations(page), 'en').toEqual([]);
	});

for (const path of ['/print', '/print?lang=en'])
	test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByTestId('print').and(page.locator('[data-print-ready="true"]'))).toBeVisible({
			timeout: 60_000
		});
		expect(await violations(page)).toEqual([]);
	});

test('the keyboard reaches the map tools, the places and the quotes, with a visible focus', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	const reached = new Set<string>();
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const info = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return null;
			const style = getComputedStyle(el);
			return {
				what: el.dataset.testid ?? el.getAttribute('name') ?? el.className.split(' ')[0] ?? el.tagName,
				outlined: style.outlineStyle !== 'none' || style.boxShadow !== 'none'
			};
		});
		if (info) {
			reached.add(info.what);
			expect(info.outlined, `focus is visible on ${info.what}`).toBe(true);
		}
	}
	for (const what of ['zoom-all', 'share', 'layer']) expect([...reached]).toContain(what);
});
