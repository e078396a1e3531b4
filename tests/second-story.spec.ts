import { readFileSync } from 'node:fs';
import { test, expect, fixtureSite, waitForMap } from './app-test';

const story = JSON.parse(readFileSync('tests/fixtures/mini-story/story.json', 'utf8')) as { title: { nl: string } };

test('a second story folder builds and renders with no code change', async ({ page }) => {
	await page.goto(`${fixtureSite()}/`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title.nl);
	await expect(page.locator('#passage-p2')).toContainText('Grand Place in Brussels');
	const map = await waitForMap(page);
	expect(((await map.getAttribute('data-layers')) ?? '').split(' ').sort()).toEqual(['cities', 'routes']);
	await expect(page.getByText('Kazachstan')).toHaveCount(0);
});
