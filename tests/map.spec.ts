import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { test, expect, waitForMap, canvasColors, mapView, PHONE, tapMapToStart, waitForVectorMap } from './app-test';

const story = JSON.parse(readFileSync('geo/story.json', 'utf8')) as {
	title: { nl: string };
	layers: { id: string; symbology: { color: string } }[];
};
const article = JSON.parse(readFileSync('geo/article.json', 'utf8')) as { blocks: { id: string; text: string }[] };

test('the map page shows the article and a map with every layer drawn', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title.nl);
	for (const block of article.blocks) await expect(page.locator(`#passage-${block.id}`)).toHaveText(block.text);

	const map = await waitForMap(page);
	await expect(map).not.toHaveAttribute('data-error', /.+/);
	const drawn = ((await map.getAttribute('data-layers')) ?? '').split(' ');
	const inView = story.layers.map((l) => l.id);
	expect(drawn.sort()).toEqual([...inView].sort());

	const colors = await canvasColors(page, ['#f4f1ea', '#c9dde8', '#c2410c', '#1d4ed8']);
	expect(colors.distinct, 'a drawn map has many colours').toBeGreaterThan(200);
	expect(colors.near['#f4f1ea'], 'land is drawn').toBeGreaterThan(10_000);
	expect(colors.near['#c9dde8'], 'water is drawn').toBeGreaterThan(1_000);
	expect(colors.near['#c2410c'], 'Almaty markers are drawn').toBeGreaterThan(10);
	expect(colors.near['#1d4ed8'], 'Nur-Sultan markers are drawn').toBeGreaterThan(10);

	mkdirSync('docs', { recursive: true });
	writeFileSync('docs/screenshot.png', await page.screenshot());
});

test('labels draw with the bundled fonts, Latin and Kazakh Cyrillic', async ({ page }) => {
	const fonts: string[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.woff2') && r.ok()) fonts.push(r.url());
	});
	await page.goto('/');
	await waitForMap(page);
	expect(fonts.some((u) => /noto-sans-latin-400/.test(u))).toBe(true);
	// Kazakh letters such as Қ and Ө live in the Cyrillic Extended file.
	expect(fonts.some((u) => /noto-sans-cyrillic-ext-400/.test(u))).toBe(true);
});

test('each layer downloads as GeoJSON', async ({ request }) => {
	for (const layer of story.layers) {
		const res = await request.get(`/layers/${layer.id}.geojson`);
		expect(res.ok()).toBe(true);
		expect(res.headers()['content-type']).toContain('geo+json');
		const body = (await res.json()) as { type: string; features: unknown[] };
		expect(body.type).toBe('FeatureCollection');
		expect(body.features.length).toBeGreaterThan(0);
	}
});

test('on a phone the map sits above the article with no horizontal scrolling', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/');
	// The vector map the page arrives with, then MapLibre in the same place once the reader turns to the map.
	const vector = await waitForVectorMap(page);
	const mapBox = (await vector.boundingBox())!;
	const firstPassage = (await page.locator('#passage-p1').boundingBox())!;
	expect(mapBox.width).toBeCloseTo(390, 0);
	expect(mapBox.height).toBeGreaterThan(300);
	expect(firstPassage.y).toBeGreaterThan(mapBox.y + mapBox.height);
	const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
	expect(await scrollWidth()).toBeLessThanOrEqual(390);
	const map = await tapMapToStart(page);
	expect(await map.boundingBox()).toEqual(await vector.boundingBox());
	expect(await scrollWidth()).toBeLessThanOrEqual(390);
	writeFileSync('docs/screenshot-phone.png', await page.screenshot());
});

test('land outside the story’s region loads only once the view reaches past the region', async ({ page }) => {
	const world: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/basemap/world.geojson')) world.push(r.url());
	});
	// Zoom 6 over central Kazakhstan: well inside the region of geo/story.json (20–100° E, 25–62° N).
	await page.goto('/?map=6.00/48.00000/67.00000');
	// Ready means the first idle with every layer: MapLibre has loaded every source of the style by then, so land
	// that this view fetched would have been asked for already.
	const map = await waitForMap(page);
	expect(world, 'no outside land for a view inside the region').toEqual([]);
	// Zoomed out to the whole world the view leaves the region, and the outside land comes.
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	for (let i = 0; i < 8 && world.length === 0; i++) {
		const { zoom } = await mapView(page);
		await page.mouse.wheel(0, 600);
		// The map reports its camera once a move ends: the next wheel comes after this one has zoomed out.
		await expect.poll(async () => (await mapView(page)).zoom).toBeLessThan(zoom);
	}
	await expect.poll(() => world.length).toBeGreaterThan(0);
});
