import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './app-test';

const story = JSON.parse(readFileSync('geo/story.json', 'utf8')) as { title: { nl: string; en: string } };

async function openPrint(page: Page, query: string) {
	await page.goto(`/print?${query}`);
	const sheet = page.getByTestId('print');
	await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
	return sheet;
}

const viewOf = async (page: Page) =>
	((await page.locator('figure.map').getAttribute('data-view')) ?? '').split('/').map(Number) as [
		number,
		number,
		number
	];

test('the print page centres on the place in the link, numbers it and cites its quote', async ({ page }) => {
	const sheet = await openPrint(page, 'place=almaty-akimat');
	const [, lat, lon] = await viewOf(page);
	expect(lat).toBeCloseTo(43.2364, 2);
	expect(lon).toBeCloseTo(76.9456, 2);
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(story.title.nl);
	const entry = sheet.locator('li', { hasText: 'Stadhuis (akimat) van Almaty' });
	await expect(entry).toContainText('bestorming van en brandstichting in overheidsgebouwen in Almaty');
	const n = (await entry.locator('.n').textContent())!.trim();
	await expect(sheet.locator('figure.map svg text', { hasText: new RegExp(`^${n}$`) }).first()).toBeAttached();
});

test('the print page draws the map as vector SVG with a scale bar, north arrow, inset, QR code and link', async ({
	page,
	baseURL
}) => {
	const sheet = await openPrint(page, 'lang=en&paper=a4&orient=landscape');
	await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(story.title.en);
	await expect(sheet.locator('figure.map > svg').first()).toBeVisible();
	expect(await sheet.locator('figure.map > svg').first().locator('g[data-layer]').count()).toBe(6);
	await expect(sheet.locator('.scale')).toHaveText(/^\d+ km$/);
	await expect(sheet.locator('.north')).toBeVisible();
	await expect(sheet.locator('.inset svg')).toBeVisible();
	await expect(sheet.locator('.qr svg')).toBeVisible();
	await expect(sheet.locator('.link')).toHaveText(`${baseURL}/?lang=en`);
	// Nothing cut off: the sheet's content fits its paper.
	const box = (await sheet.boundingBox())!;
	for (const part of ['header', 'figure.map', 'aside.side', 'footer']) {
		const b = (await sheet.locator(part).boundingBox())!;
		expect(b.y + b.height, part).toBeLessThanOrEqual(box.y + box.height + 0.5);
	}
});

test('the map page opens the print page for its current view', async ({ page }) => {
	await page.goto('/?place=nur-sultan-akorda');
	await waitForMap(page);
	const link = page.getByTestId('print-link');
	await expect(link).toHaveAttribute('href', /^\/print\?.*place=nur-sultan-akorda/);
});

test('"Download PNG" rasterizes the sheet at the chosen DPI: A4 landscape at 300 DPI is 3508 × 2480', async ({
	page
}) => {
	test.setTimeout(120_000);
	await openPrint(page, 'place=almaty-akimat');
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: 'PNG downloaden' }).click()
	]);
	const png = readFileSync((await download.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([3508, 2480]);
	expect(png.length).toBeGreaterThan(100_000);
});

test('an unknown paper or orientation is told in the reader’s language, and the sheet prints with the defaults', async ({
	page
}) => {
	const sheet = await openPrint(page, 'paper=b5&orient=sideways&lang=en&map=99/200/500');
	const notice = page.getByTestId('notice');
	await expect(notice).toHaveAttribute('role', 'status');
	await expect(notice).toContainText('The paper size in the link is unknown; printing on A4.');
	await expect(notice).toContainText('The page orientation in the link is unknown; printing in landscape.');
	await expect(notice).toContainText('The map position in the link lies outside what this map can usefully show');
	// A4 landscape, 297 × 210 mm at 96 CSS pixels to the inch, over the story's default view.
	const box = (await sheet.boundingBox())!;
	expect(box.width).toBeCloseTo((297 / 25.4) * 96, 0);
	expect(box.height).toBeCloseTo((210 / 25.4) * 96, 0);
	const [zoom, lat] = await viewOf(page);
	expect(zoom).toBeLessThan(6);
	expect(lat).toBeGreaterThan(40);
	expect(lat).toBeLessThan(56);
	// The notice is for the screen: the printed sheet is the map alone.
	await page.emulateMedia({ media: 'print' });
	await expect(notice).toBeHidden();
	await expect(sheet).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await notice.getByRole('button').click();
	await expect(notice).toHaveCount(0);
});

test('in Dutch by default: an unknown paper size is named in a sentence, not as a parameter', async ({ page }) => {
	await openPrint(page, 'paper=a5');
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('Het papierformaat in de link is onbekend; er wordt op A4 afgedrukt.');
	await expect(notice).not.toContainText('paper');
	await expect(page.getByTestId('notice').locator('li')).toHaveCount(1);
});

type LayerSymbology = { id: string; name: { nl: string }; symbology: { shape: string } };
const layers = (JSON.parse(readFileSync('geo/story.json', 'utf8')) as { layers: LayerSymbology[] }).layers;

/** The numbered markers on the map: each number with its shape's box, in page pixels. */
const mapNumbers = (page: Page) =>
	page
		.locator('figure.map > svg')
		.first()
		.locator('[data-number]')
		.evaluateAll((groups) =>
			groups.map((g) => {
				const r = g.firstElementChild!.getBoundingClientRect();
				return { n: g.getAttribute('data-number')!, x: r.x, y: r.y, w: r.width, h: r.height };
			})
		);

/** Pairs of numbered markers whose shapes share a pixel (a shape's fill, tested point by point where their boxes meet). */
const overlappingMarkers = (page: Page) =>
	page
		.locator('figure.map > svg')
		.first()
		.evaluate((svg) => {
			const shapes = [...svg.querySelectorAll('[data-number]')].map((g) => ({
				n: g.getAttribute('data-number')!,
				el: g.firstElementChild as SVGGeometryElement,
				box: (g.firstElementChild as SVGGeometryElement).getBBox()
			}));
			const pairs: string[] = [];
			for (const [i, a] of shapes.entries())
				for (const b of shapes.slice(i + 1)) {
					const [x0, x1] = [Math.max(a.box.x, b.box.x), Math.min(a.box.x + a.box.width, b.box.x + b.box.width)];
					const [y0, y1] = [Math.max(a.box.y, b.box.y), Math.min(a.box.y + a.box.height, b.box.y + b.box.height)];
					let hit = false;
					for (let x = x0; x < x1 && !hit; x += 0.5)
						for (let y = y0; y < y1 && !hit; y += 0.5) {
							const p = new DOMPoint(x, y);
							hit = a.el.isPointInFill(p) && b.el.isPointInFill(p);
						}
					if (hit) pairs.push(`${a.n} and ${b.n}`);
				}
			return pairs;
		});

for (const { query, place, name } of [
	{ query: '', place: undefined, name: undefined },
	{ query: 'place=almaty-akimat', place: 'almaty-akimat', name: 'Stadhuis (akimat) van Almaty' },
	{
		query: 'place=nur-sultan-akorda&paper=a3&orient=portrait',
		place: 'nur-sultan-akorda',
		name: 'Presidentieel paleis Akorda'
	}
])
	test(`/print?${query}: a key that is never a lie (every number once, readable, the map's shapes, land in the inset)`, async ({
		page
	}) => {
		const sheet = await openPrint(page, query);
		const markers = await mapNumbers(page);
		// No numbered marker covers another, and none hides under the inset, the north arrow or the scale bar.
		expect.soft(await overlappingMarkers(page), 'numbered markers that overlap').toEqual([]);
		const map = (await sheet.locator('figure.map').boundingBox())!;
		const covers = await Promise.all(['.inset', '.north', '.scale'].map((s) => sheet.locator(s).boundingBox()));
		for (const m of markers) {
			expect.soft(m.x >= map.x && m.x + m.w <= map.x + map.width, `marker ${m.n} inside the map`).toBe(true);
			expect.soft(m.y >= map.y && m.y + m.h <= map.y + map.height, `marker ${m.n} inside the map`).toBe(true);
			for (const c of covers) {
				const apart = m.x + m.w <= c!.x || m.x >= c!.x + c!.width || m.y + m.h <= c!.y || m.y >= c!.y + c!.height;
				expect.soft(apart, `marker ${m.n} clear of the map's furniture`).toBe(true);
			}
		}
		// Every number of the key is on the map exactly once, and every number on the map is in the key.
		const entries = page.locator('aside.side ol > li, .key-more ol > li');
		const keyNumbers = (await entries.locator('.n').allTextContents()).map((t) => t.trim());
		expect(keyNumbers.length).toBeGreaterThan(3);
		expect.soft(await entries.evaluateAll((li) => li.map((l) => l.getAttribute('data-number')))).toEqual(keyNumbers);
		expect.soft([...markers.map((m) => m.n)].sort()).toEqual([...keyNumbers].sort());
		// Type of 7 pt (9.33 CSS pixels) at the least, on every key and legend text.
		const smallest = await sheet
			.locator('aside.side, .key-more')
			.evaluateAll((els) =>
				Math.min(
					...els.flatMap((el) => [el, ...el.querySelectorAll('*')].map((e) => parseFloat(getComputedStyle(e).fontSize)))
				)
			);
		expect.soft(smallest).toBeGreaterThanOrEqual(9.33);
		// Nothing of the key is cut off.
		for (const box of await page.locator('aside.side, .key-more').all()) {
			const cut = await box.evaluate(
				(el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
			);
			expect.soft(cut, 'the key is cut off').toBe(false);
		}
		// The inset shows land and the focus country, at every zoom.
		const inset = sheet.locator('.inset svg');
		const land = await inset
			.locator('path[data-basemap="world"], path[data-basemap="countries"]')
			.evaluateAll((ps) => ps.reduce((n, p) => n + (p.getAttribute('d') ?? '').length, 0));
		expect.soft(land, 'land in the inset').toBeGreaterThan(200);
		await expect.soft(inset.locator('path[data-basemap="countries-focus"]')).toHaveCount(1);
		// The legend draws each layer in its map shape.
		for (const layer of layers) {
			const clip = await sheet
				.locator('.legend li', { hasText: layer.name.nl })
				.first()
				.locator('.swatch')
				.evaluate((s) => getComputedStyle(s).clipPath);
			expect.soft(clip, layer.id).toMatch(layer.symbology.shape === 'circle' ? /^circle/ : /^polygon/);
			if (layer.symbology.shape !== 'circle')
				expect.soft(clip.split(',').length, layer.id).toBe(layer.symbology.shape === 'triangle' ? 3 : 4);
		}
		if (!place) return;
		// The chosen place leads the key, and its marker is spotlit.
		await expect.soft(entries.first()).toContainText(name!);
		const first = keyNumbers[0];
		await expect
			.soft(page.locator(`figure.map > svg [data-spotlight] [data-number="${first}"]`).first())
			.toBeAttached({ timeout: 1000 });
	});
