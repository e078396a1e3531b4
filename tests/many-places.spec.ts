// A story of more than FULL_PLACE_PAGES_UP_TO places (tests/fixtures/many-places.ts): its place pages are light (the
// place, its quotes, its preview as its map) and lead to the map page at that place; its long lists show 50 at a time.
import type { Page } from '@playwright/test';
import type { FeatureCollection, Geometry } from 'geojson';
import { FULL_PLACE_PAGES_UP_TO } from '../scripts/story-folder.js';
import { LIST_STEP } from '../src/lib/places/filter';
import type { Place } from '../src/lib/places/places';
import { startedBy } from '../src/lib/map/style';
import { groupPoints } from '../src/lib/render/clusters';
import { clustering, clusterRadius } from '../src/lib/render/symbology';
import type { DisplayProperties } from '../src/lib/story/display';
import { test, expect, manySite, mapView, PHONE, screenPoint, waitForMap, waitForVectorMap } from './app-test';

const places = FULL_PLACE_PAGES_UP_TO + 1;
const screens = [
	{ name: '1440×900', viewport: { width: 1440, height: 900 } },
	{ name: '1024×768', viewport: { width: 1024, height: 768 } },
	{ name: '390×844 (touch)', viewport: PHONE, hasTouch: true, isMobile: true }
];

/** The generated points' layer: 131 places, more than `clustering.from`, so its points group where they crowd. */
const CROWDED = 'generated-points';
/** A view of the whole country at a whole zoom: MapLibre groups at its tiles' zoom, the map's rounded down. */
const COUNTRY = '4/48/68';
/** The default story's six layers and the three of generated places. */
const LAYERS = 9;

type Display = FeatureCollection<Geometry, DisplayProperties>;
const crowdedPoints = async (page: Page): Promise<Display> =>
	(await (await page.request.get(`${manySite()}/display/${CROWDED}.geojson`)).json()) as Display;

/** The groups MapLibre draws once still (its `data-groups` hook): count and centre of each. */
async function groupsShown(page: Page) {
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-groups', /@/);
	return ((await map.getAttribute('data-groups')) ?? '').split('|').map((g) => {
		const [count, at] = g.split('@');
		const [lon, lat] = at!.split(',').map(Number);
		return { count: Number(count), center: [lon!, lat!] as [number, number] };
	});
}

/** The groups MapLibre draws that the SVG renderer's grouping (`groupPoints`) of the same points at that zoom lacks. */
function strangeGroups(shown: Awaited<ReturnType<typeof groupsShown>>, fc: Display, zoom: number) {
	const made = groupPoints(fc, zoom).groups;
	const near = (a: [number, number], b: [number, number]) =>
		Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;
	return shown
		.filter((g) => !made.some((m) => m.count === g.count && near(m.center, g.center)))
		.map((g) => `${g.count} at ${g.center.join(', ')}`);
}

for (const { name, ...screen } of screens) {
	test.describe(`at ${name}`, () => {
		test.use(screen);

		test('without JavaScript a place page shows the place, its quotes, its map and the way to the map', async ({
			browser
		}) => {
			const context = await browser.newContext({ ...screen, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`${manySite()}/place/almaty-akimat`);
			const main = page.getByTestId('place-page');
			await expect(main.getByRole('heading', { level: 1 })).toHaveText('Stadhuis (akimat) van Almaty');
			await expect(main.locator('blockquote').first()).toHaveText(
				'“bestorming van en brandstichting in overheidsgebouwen in Almaty”'
			);
			// Its preview, loaded, as wide as the page's column, and nothing wider than the screen.
			const img = main.getByRole('img');
			await expect(img).toHaveAttribute('alt', /Stadhuis \(akimat\) van Almaty/);
			await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1200);
			const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
			expect(fits, 'no sideways scrolling').toBe(true);
			const open = main.getByTestId('open-map');
			await expect(open).toHaveText('Bekijk deze plaats op de kaart');
			await expect(open).toHaveAttribute('href', '/?place=almaty-akimat');
			await expect(main).toContainText(`Een van de ${places} plaatsen uit het artikel`);
			// Small: the page holds this place, not the story's other places or its drawing, nor the map page's styles
			// (31 KB while the light page shared the map page's route and so its stylesheets).
			const html = await page.content();
			expect(html.length).toBeLessThan(20_000);
			expect(html).not.toContain('data-vector-map');
			expect(html).not.toContain('.map-pane');
			await context.close();
		});

		test('crowded points are groups with their count on both maps; a click on one zooms in round it, nothing else moves', async ({
			page
		}) => {
			// The drawing that comes with the page groups them too, with the count written in each, at its size on screen
			// as MapLibre draws it (on the phone's smaller drawing too: its count readable), at the story's view and zoomed.
			const vector = page.getByTestId('fallback');
			const drawn = vector.locator(`svg g[data-layer="${CROWDED}"] g[data-cluster]`);
			for (const query of ['', `?map=${COUNTRY}`]) {
				await page.goto(`${manySite()}/${query}`);
				await waitForVectorMap(page, LAYERS);
				expect(await drawn.count()).toBeGreaterThan(3);
				await expect(drawn.first().locator('text')).toHaveText(/^\d+$/);
				const first = drawn.first();
				const across = 2 * (clusterRadius(Number(await first.getAttribute('data-cluster'))) + clustering.halo);
				const width = (await first.boundingBox())!.width;
				expect(width / across, `a group ${width} px across, MapLibre's ${across} (${query})`).toBeGreaterThan(0.8);
				expect(width / across).toBeLessThan(1.25);
			}
			const fc = await crowdedPoints(page);
			const scroll = await page.evaluate(() => [window.scrollX, window.scrollY]);
			let target: { at: { x: number; y: number }; center: [number, number]; zoom: number; from: number; count: number };
			if (screen.hasTouch) {
				// A phone's first tap on the map, on a group of the drawing: the map starts there, zoomed in round it.
				const found = await vector.evaluate((box) => {
					for (const g of box.querySelectorAll<SVGGElement>('g[data-cluster]')) {
						const r = g.getBoundingClientRect();
						const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
						// On screen, with the drawing on top there (no overlay), and the group under the tap (an area may lie
						// over it, as on MapLibre's map: a tap goes through).
						const top = document.elementFromPoint(x, y);
						if (y < 0 || y > innerHeight || !top || !box.contains(top)) continue;
						if (!document.elementsFromPoint(x, y).some((el) => el.closest('[data-cluster]') === g)) continue;
						const [lon, lat] = g.dataset.at!.split(',').map(Number);
						return {
							at: { x, y },
							center: [lon!, lat!] as [number, number],
							zoom: Number(g.dataset.zoom),
							count: Number(g.dataset.cluster)
						};
					}
					return null;
				});
				expect(found, 'a group on the drawing, clear of the overlays').not.toBeNull();
				target = { ...found!, from: Number((await vector.getAttribute('data-view'))!.split('/')[0]) };
				await page.touchscreen.tap(target.at.x, target.at.y);
				await waitForMap(page);
			} else {
				await waitForMap(page);
				const before = await mapView(page);
				const shown = await groupsShown(page);
				expect(strangeGroups(shown, fc, before.zoom), 'groups the SVG renderer does not draw').toEqual([]);
				// The largest group whose spot is well inside the map and clear of what lies over it.
				const box = (await page.getByTestId('map').boundingBox())!;
				let found: (typeof target)['at'] | null = null;
				let group = shown[0]!;
				for (const g of [...shown].sort((a, b) => b.count - a.count)) {
					const at = await screenPoint(page, g.center);
					const inside =
						at.x > box.x + 30 && at.x < box.x + box.width - 30 && at.y > box.y + 30 && at.y < box.y + box.height - 30;
					const top = inside && (await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at));
					if (top === 'CANVAS') {
						[found, group] = [at, g];
						break;
					}
				}
				expect(found, 'a group on the map, clear of the overlays').not.toBeNull();
				const made = groupPoints(fc, before.zoom).groups.find(
					(m) => m.count === group.count && Math.abs(m.center[0] - group.center[0]) < 0.01
				)!;
				target = { at: found!, center: group.center, zoom: made.expansionZoom, from: before.zoom, count: group.count };
				await page.mouse.click(target.at.x, target.at.y);
			}
			await expect
				.poll(async () => (await mapView(page)).zoom, { timeout: 10_000 })
				.toBeGreaterThanOrEqual(Math.min(target.zoom, target.from + 1) - 0.01);
			await expect(page.getByTestId('popup'), 'a group opens no popup').toHaveCount(0);
			expect(await page.evaluate(() => [window.scrollX, window.scrollY]), 'the page does not move').toEqual(scroll);
			// Zoomed in round it: the group's spot is the map's middle now, and the group falls apart there.
			const after = await mapView(page);
			expect(Math.abs(after.lon - target.center[0])).toBeLessThan(0.2);
			expect(Math.abs(after.lat - target.center[1])).toBeLessThan(0.2);
			const groups = async () => ((await page.getByTestId('map').getAttribute('data-groups')) ?? '').split('|');
			const whole = (g: string) => {
				const [count, at] = g.split('@');
				const [lon, lat] = (at ?? '').split(',').map(Number);
				return (
					Number(count) === target.count &&
					Math.abs(lon! - target.center[0]) < 0.02 &&
					Math.abs(lat! - target.center[1]) < 0.02
				);
			};
			await expect.poll(async () => (await groups()).some(whole)).toBe(false);
		});
		test("the story's page comes with each layer's first places and fetches the rest as it hydrates: nothing above the chronology moves, and the list reaches every place", async ({
			page
		}) => {
			const all = (await (await page.request.get(`${manySite()}/places.json`)).json()) as Place[];
			const crowded = all.filter((p) => p.layer === CROWDED);
			const late = crowded.at(-1)!;
			// /places.json held back, to see the page as it is before it comes.
			let release!: () => void;
			const held = new Promise<void>((go) => (release = go));
			await page.route('**/places.json', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${manySite()}/`);
			await waitForVectorMap(page, LAYERS);
			await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
			const list = page.getByTestId('places');
			const more = list.locator(`[data-testid="places-more"][data-layer="${CROWDED}"]`);
			// The list as it will be: the first LIST_STEP, and the count of every place left out.
			await expect(list.locator(`[data-place="${crowded[LIST_STEP - 1]!.id}"]`)).toHaveCount(1);
			await expect(list.locator(`[data-place="${crowded[LIST_STEP]!.id}"]`)).toHaveCount(0);
			await expect(more).toHaveText(`Toon meer (${crowded.length - LIST_STEP} niet getoond)`);
			await expect(list.locator(`[data-place="${late.id}"]`)).toHaveCount(0);
			await expect(page.getByTestId('chronology')).toHaveCount(0);
			const boxes = () =>
				page.evaluate(() =>
					['#map', '[data-testid="places"] h2', '#article'].map((sel) => {
						const r = document.querySelector(sel)!.getBoundingClientRect();
						return [sel, Math.round(r.top + scrollY), Math.round(r.left), Math.round(r.width), Math.round(r.height)];
					})
				);
			const before = await boxes();
			release();
			// The chronology comes last in the reading pane, every day there.
			const days = new Set(all.flatMap((p) => (p.date ? [p.date.from] : [])));
			await expect(page.getByTestId('chronology').locator('li[data-day]')).toHaveCount(days.size);
			const after = await boxes();
			expect(after, 'the map, the list and the article where they were').toEqual(before);
			// The filter finds a place the page came without.
			await list.getByRole('searchbox').fill(late.name.nl);
			await expect(list.locator(`[data-place="${late.id}"]`)).toHaveCount(1);
			await expect(list.locator('[data-place]')).toHaveCount(1);
		});

		for (const lang of ['nl', 'en'] as const)
			test(`a link to a place the story's page came without opens it (${lang})`, async ({ page }) => {
				const all = (await (await page.request.get(`${manySite()}/places.json`)).json()) as Place[];
				const late = all.filter((p) => p.layer === CROWDED).at(-1)!;
				await page.goto(`${manySite()}/?place=${late.id}${lang === 'en' ? '&lang=en' : ''}`);
				if (screen.viewport.width >= 960) {
					await waitForMap(page);
					const popup = page.getByTestId('popup');
					await expect(popup).toHaveAttribute('data-place', late.id);
					await expect(popup.getByRole('heading')).toHaveText(late.name[lang]);
				}
				// Chosen in the list too, beyond the layer's first LIST_STEP.
				const chosen = page.getByTestId('places').locator(`[data-place="${late.id}"]`);
				await expect(chosen).toHaveAttribute('aria-current', 'true');
				await expect(chosen).toContainText(late.name[lang]);
				await expect(page.getByTestId('notice')).toHaveCount(0);
			});

		for (const lang of ['nl', 'en'] as const) {
			test(`with JavaScript a place page opens the map at its place, keeping the link's query (${lang})`, async ({
				page
			}) => {
				const query = `map=9/43.2/76.9${lang === 'en' ? '&lang=en' : ''}`;
				await page.goto(`${manySite()}/place/almaty-akimat?${query}`);
				await page.waitForURL(`${manySite()}/?${query}&place=almaty-akimat`);
				const name = lang === 'nl' ? 'Stadhuis (akimat) van Almaty' : 'Almaty city hall (akimat)';
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				if (screen.viewport.width >= 960) {
					await waitForMap(page);
					const popup = page.getByTestId('popup');
					await expect(popup).toHaveAttribute('data-place', 'almaty-akimat');
					await expect(popup.getByRole('heading')).toHaveText(name);
				} else {
					// A phone reads first: the place is the chosen one in the list.
					const chosen = page.getByTestId('places').locator('[data-place="almaty-akimat"]');
					await expect(chosen).toHaveAttribute('aria-current', 'true');
					await expect(chosen).toContainText(name);
				}
				// Back leaves the story (here for the blank page the browser opened with): the light page is not in the
				// history, so Back does not bring the reader to it and on to the map again.
				await page.goBack();
				expect(page.url()).toBe('about:blank');
			});
		}
	});
}

test('a long layer in the places list shows 50 at a time, and "show more" takes the reader to the next, even before the page has all its places', async ({
	page
}) => {
	// /places.json held back until the reader has asked for more: the next come with it.
	let release!: () => void;
	const held = new Promise<void>((go) => (release = go));
	await page.route('**/places.json', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(`${manySite()}/?lang=en`);
	await expect(page.locator('[data-hydrated="true"]')).toHaveCount(1);
	const list = page.getByTestId('places');
	const more = list.locator('[data-testid="places-more"][data-layer="generated-points"]');
	await expect(more).toHaveText(/^Show more \(\d+ not shown\)$/);
	const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
	const shown = list.locator('[data-place^="generated-"]');
	const before = await shown.count();
	await more.click();
	release();
	await expect(shown).toHaveCount(before + Math.min(LIST_STEP, hidden));
	await expect(more).toHaveText(`Show more (${hidden - LIST_STEP} not shown)`);
	await expect(page.locator(':focus')).toHaveAttribute('data-place', /^generated-/);
	await expect(page.locator(':focus')).toBeInViewport();
});

for (const lang of ['nl', 'en'] as const)
	test(`choosing a place of a group in the list shows it on its own, with its popup (${lang})`, async ({ page }) => {
		await page.goto(`${manySite()}/?map=${COUNTRY}${lang === 'en' ? '&lang=en' : ''}`);
		await waitForMap(page);
		const fc = await crowdedPoints(page);
		const { single } = groupPoints(fc, 4);
		const grouped = fc.features.find((f) => f.properties.role === 'point' && !single.has(f.properties.id))!;
		const name = grouped.properties[`name_${lang}`];
		await page.getByTestId('places').getByRole('searchbox').fill(name);
		await page.getByTestId('places').locator(`[data-place="${grouped.properties.id}"]`).click();
		const popup = page.getByTestId('popup');
		await expect(popup).toHaveAttribute('data-place', grouped.properties.id);
		await expect(popup.getByRole('heading')).toHaveText(name);
		// Shown closer than the groups reach: the place stands alone, its marker where the popup points.
		await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThan(clustering.maxZoom);
	});

test('on a chosen day the groups count only the places that had started by then', async ({ page }) => {
	const day = '2022-01-04';
	await page.goto(`${manySite()}/?map=${COUNTRY}&day=${day}`);
	await waitForMap(page);
	const fc = await crowdedPoints(page);
	const started = { ...fc, features: fc.features.filter((f) => startedBy(f.properties, day)) };
	expect(started.features.length).toBeLessThan(fc.features.length / 2);
	// MapLibre regroups once it has the day's points: until then it shows the groups of every day.
	await expect.poll(async () => strangeGroups(await groupsShown(page), started, 4), { timeout: 15_000 }).toEqual([]);
	const shown = await groupsShown(page);
	const all = groupPoints(fc, 4).groups.map((g) => g.count);
	expect(Math.max(...shown.map((g) => g.count)), 'smaller groups than on all days').toBeLessThan(Math.max(...all));
});

for (const lang of ['nl', 'en'] as const)
	test(`the print sheet numbers each group of crowded points once, and its key names the group's places (${lang})`, async ({
		page
	}) => {
		await page.goto(`${manySite()}/print?map=${COUNTRY}&place=almaty-akimat${lang === 'en' ? '&lang=en' : ''}`);
		const sheet = page.getByTestId('print');
		await expect(sheet).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
		const map = sheet.locator('figure.map > svg').first();
		const onMap = map.locator('g[data-group]');
		// The key's two parts: the sheet's, and its continuation on a page of its own.
		const inKey = page.locator('[data-testid="print-key"] li[data-group]');
		expect(await onMap.count()).toBeGreaterThan(2);
		await expect(inKey).toHaveCount(await onMap.count());
		// Each group's number on the map is a key entry that counts and names its places.
		const fc = await crowdedPoints(page);
		const names = new Map(fc.features.map((f) => [f.properties[`name_${lang}`], f.properties.id]));
		for (const entry of await inKey.all()) {
			const count = Number(await entry.getAttribute('data-group'));
			const n = (await entry.locator('.n').textContent())!.trim();
			await expect(map.locator(`g[data-group="${count}"] text`, { hasText: new RegExp(`^${n}$`) })).toHaveCount(1);
			const word = lang === 'nl' ? 'plaatsen' : 'places';
			await expect(entry.locator('strong')).toHaveText(
				`${count} ${word} (${lang === 'nl' ? 'Gegenereerde punten' : 'Generated points'})`
			);
			const listed = (await entry.locator('.members').textContent())!.split(', ');
			expect(listed).toHaveLength(count);
			for (const name of listed) expect(names.has(name), `${name} is a generated point`).toBe(true);
		}
		// No group's place has a number or a marker of its own, nor is it drawn as a group without a number; the chosen
		// place keeps its own, first.
		await expect(map.locator('g[data-cluster]')).toHaveCount(0);
		await expect(sheet.locator('[data-testid="print-key"] li').first()).toHaveAttribute('data-place', 'almaty-akimat');
		const grouped = (await inKey.locator('.members').allTextContents()).flatMap((t) => t.split(', '));
		for (const name of grouped.slice(0, 10))
			await expect(map.locator(`g[data-place="${names.get(name)}"]`)).toHaveCount(0);
	});
