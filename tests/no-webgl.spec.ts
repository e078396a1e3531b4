import { expect, test } from './app-test';
import config from '../playwright.config';
import { chromiumPath } from '../scripts/chromium.js';

const baseArgs = config.use?.launchOptions?.args ?? [];

test.use({
	launchOptions: { executablePath: chromiumPath(), args: [...baseArgs, '--disable-3d-apis', '--disable-webgl'] }
});

test.describe('without WebGL', () => {
	test('the vector map stands in, says why, and its markers still lead to their passage', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('no-webgl')).toBeVisible();
		// No buttons of a map that is not there.
		await expect(page.getByTestId('zoom-all')).toBeHidden();
		const fallback = page.getByTestId('fallback');
		await expect(fallback.locator('svg g[data-layer]')).toHaveCount(6);
		await fallback.locator('[data-place="inkai-uranium"]').first().click({ force: true });
		const popup = page.getByTestId('popup');
		await expect(popup).toHaveAttribute('data-place', 'inkai-uranium');
		await expect(page.locator('mark[data-place="inkai-uranium"]').first()).toBeVisible();
		await page.locator('.quote[data-places="nur-sultan-city"]').click();
		await expect(popup).toHaveAttribute('data-place', 'nur-sultan-city');
	});
});
