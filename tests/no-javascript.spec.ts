import { readFileSync } from 'node:fs';
import { expect, test } from './app-test';

const article = JSON.parse(readFileSync('geo/article.json', 'utf8')) as { blocks: { id: string; text: string }[] };

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page shows the article, the places list and the vector map', async ({ page }) => {
		await page.goto('/');
		for (const block of article.blocks) await expect(page.locator(`#passage-${block.id}`)).toHaveText(block.text);
		await expect(page.getByTestId('places').locator('button[data-place]')).toHaveCount(38);
		await expect(page.getByTestId('fallback').locator('svg g[data-layer]')).toHaveCount(6);
		// One label set of the drawing's several shows, by the box's size.
		const almaty = page.getByTestId('fallback').locator('svg text', { hasText: 'Almaty' });
		await expect(almaty.filter({ visible: true })).toHaveCount(1);
		// The first-visit hint reads as well without scripts; its button, which needs them, is left out.
		await expect(page.getByTestId('hint')).toBeVisible();
		await expect(page.getByTestId('hint').getByRole('button')).toBeHidden();
	});

	test('a place page highlights its quote', async ({ page }) => {
		await page.goto('/place/almaty-akimat');
		await expect(page.locator('mark[data-place="almaty-akimat"]').first()).toBeVisible();
		await expect(page).toHaveTitle(/Stadhuis \(akimat\) van Almaty/);
	});
});
