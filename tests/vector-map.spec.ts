import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toWorld } from '../src/lib/render/mercator';
import { expect, PHONE, test, vectorViewText, waitForHydration, waitForMap, waitForVectorMap } from './app-test';

/**
 * The scripts of MapLibre in this build: its library chunk and the component's chunk that imports it (the only one
 * that names its worker). On a phone none of them may load before the reader turns to the map.
 */
const chunks = 'build/_app/immutable/chunks';
const mapLibreChunks = readdirSync(chunks)
	.filter((f) => f.endsWith('.js'))
	.filter((f) => /MapLibre GL JS|maplibre-gl-worker/.test(readFileSync(`${chunks}/${f}`, 'utf8')));

/** Every request the page makes from now on, as URLs. */
function requests(page: Page) {
	const urls: string[] = [];
	page.on('request', (r) => urls.push(r.url()));
	return urls;
}
/**
 * Resolves once `urls` (from `requests`) holds every request the page has made so far: it makes one more and waits
 * until that one is reported, since requests are reported in the order the page makes them.
 */
async function allReported(page: Page, urls: string[]) {
	const mark = `/favicon.svg?reported=${urls.length}`;
	await page.evaluate((url) => fetch(url).then((r) => r.ok), mark);
	await expect.poll(() => urls.some((u) => u.endsWith(mark))).toBe(true);
}
const isMapLibre = (url: string) => /maplibre-gl/.test(url) || mapLibreChunks.some((f) => url.endsWith(`/${f}`));

const mapText = async (page: Page) => (await page.getByTestId('map').getAttribute('data-view')) ?? '';

/** A `zoom/lat/lon` camera text as numbers. */
const parse = (text: string) => {
	const [zoom, lat, lon] = text.split('/').map(Number);
	return { zoom: zoom!, lat: lat!, lon: lon! };
};

test('build has MapLibre chunks to look for', () => {
	// The library and the component that loads it: if this finds neither, the phone test below would prove nothing.
	expect(mapLibreChunks.length).toBeGreaterThanOrEqual(2);
});

test.describe('on a phone', () => {
	test.use({ viewport: PHONE });

	test('the vector map shows every layer and MapLibre waits; a drag moves the map, and MapLibre takes over where it was left', async ({
		page
	}) => {
		const urls = requests(page);
		// The page's clock, to run its next two seconds at once rather than wait them out.
		await page.clock.install();
		await page.goto('/');
		const vector = await waitForVectorMap(page);
		await expect(vector).toBeVisible();
		await expect(vector.locator('svg g[data-layer]')).toHaveCount(6);
		// Nothing of MapLibre while the reader has not turned to the map: not once the page has hydrated, nor after the
		// timers of the next two seconds have fired (on a wide screen, which starts MapLibre on such a timer, its
		// requests show up here).
		await waitForHydration(page);
		await page.clock.runFor(2_000);
		await allReported(page, urls);
		expect(urls.filter(isMapLibre)).toEqual([]);
		await expect(page.getByTestId('map')).toHaveCount(0);
		expect(new URL(page.url()).searchParams.get('map')).toBeNull();

		const before = await vectorViewText(page);
		const box = (await vector.boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 120, y + 90, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => vectorViewText(page)).not.toBe(before);
		const after = await vectorViewText(page);
		// Dragged down and left: the camera went north and east, at the same zoom.
		expect(parse(after).zoom).toBe(parse(before).zoom);
		expect(parse(after).lat).toBeGreaterThan(parse(before).lat);
		expect(parse(after).lon).toBeGreaterThan(parse(before).lon);
		// The address keeps that camera, to the URL's own precision.
		await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
		const [zoomText, latText, lonText] = new URL(page.url()).searchParams.get('map')!.split('/');
		expect(zoomText).toBe(after.split('/')[0]);
		const step = (text: string) => 10 ** -(text.split('.')[1]?.length ?? 0);
		expect(Math.abs(Number(latText) - parse(after).lat)).toBeLessThanOrEqual(step(latText!) + 1e-5);
		expect(Math.abs(Number(lonText) - parse(after).lon)).toBeLessThanOrEqual(step(lonText!) + 1e-5);

		// The touch started MapLibre, which takes over at that same camera.
		await waitForMap(page);
		expect(urls.some((u) => u.includes('maplibre-gl-worker'))).toBe(true);
		await expect.poll(() => mapText(page)).toBe(after);
		await expect(vector).toHaveCSS('visibility', 'hidden');
		await expect(page.getByTestId('map')).toBeVisible();
	});

	test('a link to a camera opens the vector map there, and MapLibre later starts there too', async ({ page }) => {
		await page.goto('/?map=6/43.25/76.9');
		const vector = await waitForVectorMap(page);
		await expect(vector).toHaveAttribute('data-view', '6.00/43.25000/76.90000');
		await expect(vector).toBeVisible();
		await expect(page.getByTestId('map')).toHaveCount(0);
		// A key on the map's section (the legend's toggle) turns the reader to the map.
		await page.getByTestId('legend').locator('summary').focus();
		await waitForMap(page);
		await expect.poll(() => mapText(page)).toBe('6.00/43.25000/76.90000');
		await expect(vector).toHaveCSS('visibility', 'hidden');
	});

	test('a wheel zooms the vector map about the pointer', async ({ page }) => {
		await page.goto('/');
		const vector = await waitForVectorMap(page);
		const box = (await vector.boundingBox())!;
		// Off centre, so that a zoom about the centre instead would show.
		const at = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.35 };
		const before = parse(await vectorViewText(page));
		await page.mouse.move(at.x, at.y);
		await page.mouse.wheel(0, -200);
		await expect.poll(async () => parse(await vectorViewText(page)).zoom).toBeGreaterThan(before.zoom + 0.3);
		const after = parse(await vectorViewText(page));
		// The spot under the pointer, where each camera puts it (in world pixels at the new zoom), stays put.
		const under = (v: typeof before) => {
			const [cx, cy] = toWorld([v.lon, v.lat], after.zoom);
			const k = 2 ** (after.zoom - v.zoom);
			return [cx + (at.x - box.x - box.width / 2) * k, cy + (at.y - box.y - box.height / 2) * k];
		};
		const [bx, by] = under(before);
		const [ax, ay] = under(after);
		expect(Math.abs(ax! - bx!), 'horizontal drift under the pointer, in pixels').toBeLessThan(2);
		expect(Math.abs(ay! - by!), 'vertical drift under the pointer, in pixels').toBeLessThan(2);
		// The wheel turned the reader to the map: MapLibre takes over at the zoomed camera.
		await waitForMap(page);
		await expect.poll(() => mapText(page)).toBe(await vectorViewText(page));
	});
});

test('on a wide screen MapLibre takes over where the vector map is, with no jump, and the vector map hides', async ({
	page
}) => {
	// What each map reports, as it happens: the vector map's camera until MapLibre is ready, then MapLibre's at that
	// moment, and whether MapLibre's tools showed before it was ready.
	await page.addInitScript(() => {
		const log = { vector: [] as string[], mapAtReady: null as string | null, toolsEarly: false };
		(window as unknown as { handover: typeof log }).handover = log;
		new MutationObserver(() => {
			const vector = document.querySelector('[data-testid="fallback"]');
			const map = document.querySelector('[data-testid="map"]');
			const ready = map?.getAttribute('data-ready') === 'true';
			if (log.mapAtReady !== null) return;
			if (ready) {
				log.mapAtReady = map!.getAttribute('data-view');
				return;
			}
			const text = vector?.getAttribute('data-view');
			if (text && text !== log.vector.at(-1)) log.vector.push(text);
			const tools = document.querySelector<HTMLElement>('[data-testid="zoom-all"]');
			if (map && tools?.checkVisibility()) log.toolsEarly = true;
		}).observe(document, { subtree: true, childList: true, attributes: true });
	});
	await page.goto('/');
	await waitForMap(page);
	const log = await page.evaluate(
		() =>
			(window as unknown as { handover: { vector: string[]; mapAtReady: string | null; toolsEarly: boolean } }).handover
	);
	expect(log.vector.length, 'the vector map reported a camera before MapLibre was ready').toBeGreaterThan(0);
	expect(log.mapAtReady).toBe(log.vector.at(-1));
	expect(await mapText(page)).toBe(log.vector.at(-1));
	expect(log.toolsEarly, "MapLibre's tools wait until it is ready").toBe(false);
	await expect(page.getByTestId('zoom-all')).toBeVisible();
	const vector = page.getByTestId('fallback');
	await expect(vector).toHaveCSS('visibility', 'hidden');
	await expect(page.getByTestId('map')).toBeVisible();
	expect(await page.getByTestId('map').boundingBox()).toEqual(await vector.boundingBox());
});

test('the page holds its vector drawing once, and hydration keeps the one the server sent', async ({
	page,
	request
}) => {
	const html = await (await request.get('/')).text();
	expect(html.match(/<svg\b/g) ?? []).toHaveLength(1);
	const vectorAt = html.search(/<div\b[^>]*data-testid="fallback"[^>]*>/);
	expect(vectorAt).toBeGreaterThan(-1);
	expect(html.indexOf('<svg')).toBe(html.indexOf('>', vectorAt) + 1);
	// Not again in the data the page hydrates from: neither in the page's scripts nor in its data file.
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	expect(scripts.length).toBeGreaterThan(0);
	for (const script of scripts) {
		expect(script).not.toContain('<svg');
		expect(script).not.toContain('data-basemap');
		expect(script).not.toContain('data-layer');
	}
	const data = await request.get('/__data.json');
	expect(data.ok()).toBe(true);
	expect(await data.text()).not.toContain('data-basemap');

	// The drawing the server sent is the node the page ends with: none removed and none added in its place.
	await page.addInitScript(() => {
		const log = { removed: 0, first: null as Element | null };
		(window as unknown as { drawing: typeof log }).drawing = log;
		new MutationObserver((records) => {
			for (const r of records) {
				for (const n of r.removedNodes)
					if (n instanceof Element && (n.matches('svg') || n.querySelector('svg'))) log.removed++;
				log.first ??= document.querySelector('[data-testid="fallback"] svg');
			}
		}).observe(document, { subtree: true, childList: true });
	});
	await page.goto('/');
	const vector = await waitForVectorMap(page);
	await expect(vector.locator('svg')).toHaveCount(1);
	// The drawing has a set of labels for each size of box; the box shows one (see labelSetCss).
	await expect(vector.locator('svg text', { hasText: 'Almaty' }).filter({ visible: true })).toHaveCount(1);
	// Through the handover too: MapLibre takes over beside the drawing, not by redrawing it.
	await waitForMap(page);
	const kept = await page.evaluate(() => {
		const log = (window as unknown as { drawing: { removed: number; first: Element | null } }).drawing;
		return {
			removed: log.removed,
			same: log.first !== null && log.first === document.querySelector('[data-testid="fallback"] svg')
		};
	});
	expect(kept).toEqual({ removed: 0, same: true });
});

test('the vector map labels its places in the bundled Noto Sans, which comes inline in the page’s head', async ({
	page,
	request
}) => {
	const html = await (await request.get('/')).text();
	expect(html.slice(0, html.indexOf('</head>'))).toMatch(
		/@font-face\{font-family:"Map Labels"[^}]*src:url\(data:font\/woff2;base64,/
	);
	await page.setViewportSize(PHONE);
	await page.goto('/');
	await waitForVectorMap(page);
	const labels = page.getByTestId('fallback').locator('text');
	await expect(labels.filter({ hasText: 'Алматы', visible: true })).toHaveCount(1);
	// At its size on screen, though the phone shows the drawing at half its size: the labels are drawn once, at scale
	// 1, and the box's CSS scales them for it (labelSetCss). Almaty’s two lines, 11 and 9.35 px, stand about 32 px tall (half that unscaled).
	const box = await labels.filter({ hasText: 'Алматы', visible: true }).boundingBox();
	expect(box?.height).toBeGreaterThan(20);
	expect(box?.height).toBeLessThan(40);
	expect(await labels.first().evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Map Labels"/);
	// Latin, Latin Extended (ş), Cyrillic and Kazakh Cyrillic (ұ, қ): each part of the font is there and in use.
	const faces = await page.evaluate(async () => {
		await document.fonts.ready;
		return [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Map Labels').map((f) => f.status);
	});
	expect(faces).toEqual(['loaded', 'loaded', 'loaded', 'loaded']);
});

interface Frame {
	marked: boolean;
	map: { x: number; y: number; width: number; height: number };
	header: string;
	/** Whether the article has a box: the reading panes are not laid out in the first frame. */
	article: boolean;
	/** How many elements the drawing had: a frame never shows part of it. */
	drawn: number;
}

// Runs in the page before its scripts: at every frame from the map's arrival on, whether the page is still marked
// `map-first` (see map-first.js), where the map is, whether the header is painted and the article laid out. It
// records until two frames after the article's, at most 60: the parser may lift the mark before it has reached the
// article (the rest of the page still on its way), which then comes a frame or more later.
function recordFrames() {
	const frames: Frame[] = [];
	(window as unknown as { __frames: Frame[] }).__frames = frames;
	const tick = () => {
		const map = document.querySelector('[data-vector-map]');
		const header = document.querySelector('header');
		if (map && header) {
			const { x, y, width, height } = map.getBoundingClientRect();
			frames.push({
				marked: document.documentElement.classList.contains('map-first'),
				map: { x, y, width, height },
				header: getComputedStyle(header).visibility,
				article: (document.getElementById('article')?.getClientRects().length ?? 0) > 0,
				drawn: map.querySelectorAll('*').length
			});
		}
		const laidOut = frames.findIndex((f) => f.article);
		if (frames.length < 60 && (laidOut < 0 || frames.length < laidOut + 3)) requestAnimationFrame(tick);
		else (window as unknown as { __framesDone: boolean }).__framesDone = true;
	};
	requestAnimationFrame(tick);
}

for (const [name, viewport] of [
	['a phone', PHONE],
	['a small window, whose page scrolls', { width: 800, height: 600 }],
	['a laptop screen (two columns)', { width: 1100, height: 700 }],
	['a wide screen (three columns)', { width: 1280, height: 720 }]
] as const)
	test(`on ${name} the first frame shows the map alone, and the page’s text follows without moving it`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.addInitScript(recordFrames);
		// The page's web fonts come after the frames looked at: when they come, the header's text may wrap anew and move
		// what is below it, whether or not the page painted the map first.
		let releaseFonts = () => {};
		const framesRead = new Promise<void>((resolve) => (releaseFonts = resolve));
		await page.route(/\.woff2$/, async (route) => {
			await framesRead;
			await route.continue().catch(() => {});
		});
		// Not until `load`, which waits for the fonts.
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('#article p').first()).toBeVisible();
		await expect(page.locator('html')).not.toHaveClass(/map-first/);
		await page.waitForFunction(() => (window as unknown as { __framesDone?: boolean }).__framesDone);
		const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
		releaseFonts();
		const first = frames.findIndex((f) => f.marked);
		const shown = frames.findIndex((f) => !f.marked);
		const laidOut = frames.findIndex((f) => f.article);
		// A frame with the map and without the header and article, then one with the header, and the article with it
		// or as soon as the parser has it; the map has not moved in any of them.
		expect(first, JSON.stringify(frames)).toBeGreaterThanOrEqual(0);
		const drawn = await page.locator('[data-vector-map] *').count();
		expect(
			frames.filter((f) => f.drawn !== drawn),
			`frames painted while the drawing (${drawn} elements) was still arriving`
		).toEqual([]);
		expect(frames[first]!.header).toBe('hidden');
		expect(frames[first]!.article).toBe(false);
		expect(shown).toBeGreaterThan(first);
		expect(frames[shown]!.header).toBe('visible');
		expect(laidOut, JSON.stringify(frames)).toBeGreaterThanOrEqual(shown);
		expect(
			frames.slice(first).filter((f) => f.marked && f.article),
			'text laid out while the mark stands'
		).toEqual([]);
		for (const frame of frames.slice(first)) expect(frame.map).toEqual(frames[first]!.map);
	});

for (const [name, viewport] of [
	['a phone', PHONE],
	['a wide screen', { width: 1440, height: 900 }]
] as const)
	test(`on ${name} a drag before the page's scripts have come moves the map at once, and the map stays there when they come`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		// The page's scripts wait until the drag is done: a slow connection, or a slow machine.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
			await released;
			await route.continue().catch(() => {});
		});
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		const map = page.locator('[data-vector-map]');
		const svg = page.locator('[data-vector-map] svg');
		await expect(svg).toBeVisible();
		const frame = JSON.parse((await page.locator('[data-vector-map]').getAttribute('data-frame'))!) as {
			center: [number, number];
		};
		const box = (await map.boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 40, y + 10, { steps: 4 });
		await page.mouse.up();
		// The drawing followed the pointer, before any of the page's scripts.
		expect(await svg.evaluate((el) => (el as SVGSVGElement).style.transform)).toBe('translate(40px, 10px) scale(1)');
		expect(await map.getAttribute('data-view')).toBeNull();
		release();
		// Once the gestures come, they take over the camera the drag left: west of the drawing's centre (dragged east).
		await expect.poll(() => vectorViewText(page)).not.toBe('');
		const { lon } = parse(await vectorViewText(page));
		expect(lon).toBeLessThan(frame.center[0] - 0.5);
		await waitForHydration(page);
		expect(parse(await vectorViewText(page)).lon).toBeCloseTo(lon, 3);
		expect(await svg.evaluate((el) => (el as SVGSVGElement).style.transform)).toBe('translate(40px, 10px) scale(1)');
	});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('nothing waits for a first frame: the header, article and places show with the map', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).not.toHaveClass(/map-first/);
		await expect(page.getByTestId('fallback').locator('svg')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('#article p').first()).toBeVisible();
		await expect(page.locator('#places li').first()).toBeVisible();
	});
});

for (const screen of [
	{ name: 'a phone', viewport: PHONE },
	{ name: 'a wide screen', viewport: { width: 1440, height: 900 } }
])
	test(`on ${screen.name}, a link that zooms the drawing in keeps its labels at their size on screen`, async ({
		page
	}) => {
		// The drawing is made at the story's view; a link closer in shows it zoomed, its labels scaled back (--k) and
		// still at the size of the box's label set (labelSetCss): the two scales together.
		await page.setViewportSize(screen.viewport);
		const sizeAt = async (query: string) => {
			await page.goto(`/${query}`);
			await waitForVectorMap(page);
			const label = page.getByTestId('fallback').locator('text').filter({ hasText: 'Алматы', visible: true });
			await expect(label).toHaveCount(1);
			return (await label.boundingBox())!.height;
		};
		const plain = await sizeAt('');
		for (const zoom of [5, 6])
			expect(Math.abs((await sizeAt(`?map=${zoom}/43.3/76.9`)) / plain - 1), `at zoom ${zoom}`).toBeLessThan(0.1);
	});

test('a link that zooms the drawing in keeps the dashes of its dashed lines at their length on screen', async ({
	page
}) => {
	// As its lines keep their width: MapLibre, taking over, draws dashes of the same length at any zoom.
	const dashAt = async (query: string) => {
		await page.goto(`/${query}`);
		const vector = await waitForVectorMap(page);
		return vector
			.locator('svg')
			.first()
			.evaluate((svg: SVGSVGElement) => {
				const path = svg.querySelector('g[data-layer] path[stroke-dasharray]')!;
				const perUnit = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return parseFloat(getComputedStyle(path).strokeDasharray) * perUnit;
			});
	};
	const plain = await dashAt('');
	expect(plain).toBeGreaterThan(2);
	for (const zoom of [5, 6])
		expect(Math.abs((await dashAt(`?map=${zoom}/43.3/76.9`)) / plain - 1), `at zoom ${zoom}`).toBeLessThan(0.1);
});

test('on a phone, a reader who turns to the map by keyboard before the page has hydrated gets MapLibre', async ({
	page
}) => {
	// A slow phone: the page's scripts come only after the reader has focused the legend, in the map's section.
	await page.setViewportSize(PHONE);
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await page.route(/\/_app\/immutable\/entry\/app\.[^/]*\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const summary = page.getByTestId('legend').locator('summary');
	await summary.focus();
	await expect(summary).toBeFocused();
	release();
	await waitForHydration(page);
	await expect(summary).toBeFocused();
	await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
});
