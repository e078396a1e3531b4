import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './app-test';

const pages = ['/', '/?lang=en', '/place/almaty-akimat', '/place/almaty-akimat?lang=en', '/print', '/print?lang=en'];

for (const path of pages)
	test(`axe finds no accessibility violation on ${path}`, async ({ page }) => {
		await page.goto(path);
		const ready = path.startsWith('/print')
			? page.getByTestId('print').and(page.locator('[data-print-ready="true"]'))
			: page.getByTestId('map').and(page.locator('[data-ready="true"]'));
		await expect(ready).toBeVisible({ timeout: 60_000 });
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
