import type { Page } from '@playwright/test';
import {
	expect,
	mapView,
	PHONE,
	screenPoint,
	test,
	vectorViewText,
	waitForHydration,
	waitForMap,
	waitForVectorMap
} from './app-test';

const popup = (page: Page) => page.getByTestId('popup');

/** The query parameters of the page's address, as a plain object. */
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function expectView(page: Page, zoom: number, lat: number, lon: number) {
	const view = await mapView(page);
	expect(view.zoom).toBeCloseTo(zoom, 1);
	expect(view.lat).toBeCloseTo(lat, 3);
	expect(view.lon).toBeCloseTo(lon, 3);
}

test('a cold deep link shows that view, the place selected and its quote highlighted', async ({ page }) => {
	await page.goto('/?map=12.00/43.23700/76.94600&place=almaty-akimat');
	await waitForMap(page);
	await expectView(page, 12, 43.237, 76.946);
	await expect(popup(page)).toHaveAttribute('data-place', 'almaty-akimat');
	await expect(page.locator('mark[data-place="almaty-akimat"]').first()).toBeVisible();
	await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('a passage link scrolls that passage into view and highlights it', async ({ page }) => {
	await page.goto('/?passage=p16');
	await waitForMap(page);
	const passage = page.locator('#passage-p16');
	await expect(passage).toHaveClass(/passage-highlight/);
	await expect(passage).toBeInViewport();
});

test('layers and language in the link apply', async ({ page }) => {
	await page.goto('/?layers=almaty,checkpoints&lang=en');
	await waitForMap(page);
	await expect(page.locator('input[name="layer"]:checked')).toHaveCount(2);
	await expect(page.locator('input[name="layer"][value="context"]')).not.toBeChecked();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('US and Russia clash over Kazakhstan');
});

test('the timeline’s day is part of the link: it opens on that day, and a new day replaces it', async ({ page }) => {
	await page.goto('/?day=2022-01-06&lang=en');
	await waitForMap(page);
	const slider = page.locator('input[name="day"]');
	await expect(slider).toHaveAttribute('aria-valuetext', '6 January 2022');
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', '7 January 2022');
	await expect.poll(() => params(page).day).toBe('2022-01-07');
	await page.getByLabel('All days').check();
	await expect.poll(() => params(page).day).toBeUndefined();
});

test('after a pan the address keeps the view, and a reload shows the same view', async ({ page }) => {
	await page.goto('/');
	const map = await waitForMap(page);
	await expect.poll(() => params(page).map ?? '').not.toBe('');
	const before = params(page).map;
	const box = (await map.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 80, { steps: 8 });
	await page.mouse.up();
	await expect.poll(() => params(page).map).not.toBe(before);
	expect(params(page).map).toMatch(/^\d+\.\d\d\/-?\d+\.\d+\/-?\d+\.\d+$/);
	// The address follows the map to where the drag, inertia included, left it.
	await expect
		.poll(async () => {
			const [, lat, lon] = params(page).map!.split('/').map(Number);
			const view = await mapView(page);
			return Math.abs(view.lat - lat!) < 0.06 && Math.abs(view.lon - lon!) < 0.06;
		})
		.toBe(true);
	const [zoom, lat, lon] = params(page).map!.split('/').map(Number);
	await page.reload();
	await waitForMap(page);
	await expectView(page, zoom!, lat!, lon!);
});

test('Back returns to the previous selection', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	const list = page.getByTestId('places');
	await list.locator('button[data-place="moscow"]').click();
	await expect(popup(page)).toHaveAttribute('data-place', 'moscow');
	await list.locator('button[data-place="geneva"]').click();
	await expect(popup(page)).toHaveAttribute('data-place', 'geneva');
	expect(params(page).place).toBe('geneva');
	await page.goBack();
	await expect(popup(page)).toHaveAttribute('data-place', 'moscow');
	expect(params(page).place).toBe('moscow');
});

/** Waits until both the map and the address show a camera centred near `[lon, lat]`. */
async function expectCameraAt(page: Page, [lon, lat]: [number, number]) {
	const near = (v: { lat: number; lon: number }) => Math.abs(v.lat - lat) < 0.5 && Math.abs(v.lon - lon) < 0.5;
	await expect.poll(async () => near(await mapView(page)), 'the map shows the place').toBe(true);
	await expect
		.poll(() => {
			const [, la, lo] = (params(page).map ?? '').split('/').map(Number);
			return near({ lat: la!, lon: lo! });
		}, 'the address holds the camera at the place')
		.toBe(true);
}

test('Back and Forward restore a selection together with its camera, even when a flight was cut short', async ({
	page
}) => {
	const washington: [number, number] = [-77.0484, 38.8944];
	const geneva: [number, number] = [6.15, 46.2];
	await page.goto('/');
	await waitForMap(page);
	const list = page.getByTestId('places');
	// Geneva is chosen a moment after Washington, while the map is still on its way there: in the page itself, as a
	// test's own round trips could take longer than the flight.
	const landed = await list.evaluate(async (places) => {
		const view = () => document.querySelector('[data-testid="map"]')?.getAttribute('data-view');
		const start = view();
		places.querySelector<HTMLElement>('button[data-place="us-state-department"]')!.click();
		await new Promise((resolve) => setTimeout(resolve, 300));
		const moved = view() !== start;
		places.querySelector<HTMLElement>('button[data-place="geneva"]')!.click();
		return moved;
	});
	expect(landed, 'the map had not landed at Washington yet').toBe(false);
	await expect(popup(page)).toHaveAttribute('data-place', 'geneva');
	await expectCameraAt(page, geneva);
	await page.goBack();
	await expect(popup(page)).toHaveAttribute('data-place', 'us-state-department');
	expect(params(page).place).toBe('us-state-department');
	await expectCameraAt(page, washington);
	await page.goForward();
	await expect(popup(page)).toHaveAttribute('data-place', 'geneva');
	expect(params(page).place).toBe('geneva');
	await expectCameraAt(page, geneva);
});

test("the Share control copies the chosen place's own page with the view and language, which opens on them", async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?lang=en&layers=almaty,context');
	await waitForMap(page);
	await page.getByTestId('places').locator('button[data-place="almaty-akimat"]').click();
	await expect(popup(page)).toBeVisible();
	await page.getByTestId('share').click();
	// The map may still be flying to the place: the link follows the address bar until it lands (and writes its
	// camera). It is the place's page (whose preview shows the place), with the rest of the address as query.
	const link = page.getByTestId('share-link');
	const { place, ...rest } = params(page);
	expect(place).toBe('almaty-akimat');
	const expected = async () => {
		const shared = new URL(await link.inputValue());
		const now: Record<string, string> = params(page);
		delete now.place;
		return (
			shared.pathname === '/place/almaty-akimat' &&
			shared.searchParams.has('map') &&
			JSON.stringify(Object.fromEntries(shared.searchParams)) === JSON.stringify(now)
		);
	};
	await expect.poll(expected).toBe(true);
	expect(rest.lang).toBe('en');
	await page
		.getByTestId('share-panel')
		.getByRole('button', { name: /copy link/i })
		.click();
	// What was copied: the place's page with the camera, layers and language (the map may settle once more after).
	const shared = await page.evaluate(() => navigator.clipboard.readText());
	expect(shared).toMatch(
		new RegExp(`^${baseURL}/place/almaty-akimat\\?map=[^&]+&layers=(almaty,context|context,almaty)&lang=en$`)
	);
	await expect.poll(() => page.getByTestId('embed-code').inputValue()).toContain(`<iframe src="${baseURL}/embed?`);

	// The recipient sees the same place, view, layers and language.
	const [zoom, lat, lon] = new URL(shared).searchParams.get('map')!.split('/').map(Number);
	const fresh = await context.newPage();
	await fresh.goto(shared);
	await waitForMap(fresh);
	await expect(popup(fresh)).toHaveAttribute('data-place', 'almaty-akimat');
	await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
	await expect(fresh.locator('input[name="layer"]:checked')).toHaveCount(2);
	await expectView(fresh, zoom!, lat!, lon!);
	await expect(fresh.getByTestId('notice')).toHaveCount(0);
});

test('a shared spot: right-click offers it, the link holds the pin, and the recipient sees it', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	const map = await waitForMap(page);
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2, { button: 'right' });
	await page.getByTestId('share-spot').click();
	await expect.poll(() => params(page).pin ?? '').toMatch(/^-?\d+\.\d{5},-?\d+\.\d{5}$/);
	const link = page.url();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const fresh = await context.newPage();
	await fresh.goto(link);
	await waitForMap(fresh);
	const [lat, lon] = params(page).pin!.split(',').map(Number);
	await expect(fresh.getByTestId('pin-decimal')).toContainText(`${Math.abs(lat!).toFixed(5)}° N`);
	await expect(fresh.getByTestId('pin-dms')).toContainText('°');
	await expect(fresh.getByTestId('pin').locator('li')).toHaveCount(3);
	await fresh.getByTestId('pin').getByRole('button', { name: 'Pin wissen' }).click();
	await expect(fresh.getByTestId('pin')).toHaveCount(0);
	expect(new URL(fresh.url()).searchParams.has('pin')).toBe(false);
	void lon;
});

test('the keyboard can share the centre of the map', async ({ page }) => {
	await page.goto('/');
	await waitForMap(page);
	await page.getByTestId('share-centre').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('pin')).toBeVisible();
	expect(params(page).pin).toMatch(/,/);
});

test('a place page has its own title, description, canonical link and preview tags', async ({ page }) => {
	await page.goto('/place/almaty-akimat');
	await waitForMap(page);
	await expect(page).toHaveTitle(/^Stadhuis \(akimat\) van Almaty · /);
	const meta = (sel: string) => page.locator(sel).getAttribute('content');
	expect(await meta('meta[name="description"]')).toContain('bestorming van en brandstichting');
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/place\/almaty-akimat$/);
	expect(await meta('meta[property="og:title"]')).toMatch(/^Stadhuis/);
	expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
	await expect(popup(page)).toHaveAttribute('data-place', 'almaty-akimat');
	await expect(page.locator('mark[data-place="almaty-akimat"]').first()).toBeVisible();
});

test('the embed view shows the map alone, with a link back to the full page', async ({ page }) => {
	await page.goto('/embed?place=nur-sultan-akorda&lang=en');
	await waitForMap(page);
	await expect(popup(page)).toHaveAttribute('data-place', 'nur-sultan-akorda');
	await expect(page.locator('#passage-p1')).toHaveCount(0);
	await expect(page.getByTestId('full-page')).toHaveAttribute('href', '/?place=nur-sultan-akorda&lang=en');
});

// What the notice says, in the reader's language (Dutch unless the link says otherwise).
const hostile: [string, string, RegExp][] = [
	['unknown place', 'place=no-such-place&lang=en', /The place in the link is not in this story\./],
	['NaN in the view', 'map=NaN/43/76', /De kaartpositie in de link kon niet worden gelezen/],
	['zoom 99', 'map=99/43.2/76.9', /De kaartpositie in de link ligt buiten wat deze kaart zinvol kan tonen/],
	['latitude 200', 'map=5/200/76.9', /De kaartpositie in de link ligt buiten/],
	['nonsense layers', 'layers=nonsense', /De link noemt kaartlagen die deze kaart niet heeft/],
	['markup in the language', 'lang=<script>alert(1)</script>', /De taal in de link is niet beschikbaar/],
	['markup in the place', 'place=<img src=x onerror=alert(1)>', /De plaats in de link komt in dit verhaal niet voor/],
	['a javascript: URL as passage', 'passage=javascript:alert(1)', /De passage in de link komt in dit artikel niet/],
	['markup as a key', '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1', /De link bevat “<img src=x onerror=alert\(1\)>”/],
	['a pin off the globe', 'pin=95,200', /De gedeelde locatie in de link kon niet worden gelezen/],
	['a day that is no day', 'day=2022-02-30', /De dag in de link kon niet worden gelezen/]
];

for (const [name, query, key] of hostile)
	test(`bad link (${name}): the page still works and says what was ignored`, async ({ page }) => {
		page.on('dialog', (d) => {
			throw new Error(`a dialog opened: ${d.message()}`);
		});
		await page.goto(`/?${query}`);
		// The page works as the link arrives: its map drawn and answering (MapLibre's start after it is tried elsewhere).
		await waitForHydration(page);
		const notice = page.getByTestId('notice');
		await expect(notice).toBeVisible();
		await expect(notice).toHaveAttribute('role', 'status');
		await expect(notice).toContainText(key);
		expect(await page.locator('img[src="x"], script:text("alert")').count()).toBe(0);
		await notice.getByRole('button').click();
		await expect(notice).toHaveCount(0);
	});

test('a bad part of a link leaves the good parts working', async ({ page }) => {
	await page.goto('/?place=no-such-place&lang=en&layers=almaty');
	await waitForMap(page);
	await expect(page.getByTestId('notice')).toContainText('The place in the link is not in this story.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('US and Russia clash over Kazakhstan');
	await expect(page.locator('input[name="layer"]:checked')).toHaveCount(1);
});

/** The default view's centre and zoom, from story.json: what the map shows when a link's camera is ignored. */
const isDefaultView = (v: { zoom: number; lat: number; lon: number }) =>
	v.zoom > 2.5 && v.zoom < 5 && Math.abs(v.lat - 48.2) < 3 && Math.abs(v.lon - 67.5) < 3;

test('a link to a view outside what the map can show is ignored with a notice in the reader’s words, and the story shown', async ({
	page
}) => {
	// Zoom 99 at latitude 200 was once “brought within range”: zoom 22 at 85° N, an empty map with a 0.1 m scale bar.
	await page.goto('/?map=99/200/500&lang=en&place=no-such-place');
	await waitForMap(page);
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText(
		'The map position in the link lies outside what this map can usefully show; the map opens at its usual view.'
	);
	await expect(notice).toContainText('The place in the link is not in this story.');
	await expect(notice).not.toContainText('map:');
	await expect.poll(async () => isDefaultView(await mapView(page)), 'the map shows the whole story').toBe(true);
	await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/km$/);
});

test('a link to a view far from anything in the story is ignored, in Dutch by default', async ({ page }) => {
	// The South Atlantic close up: a valid camera, on nothing of the story.
	await page.goto('/?map=11/-40/-20');
	await waitForMap(page);
	await expect(page.getByTestId('notice')).toContainText(
		'De kaartpositie in de link ligt buiten wat deze kaart zinvol kan tonen; de kaart opent op haar gewone beeld.'
	);
	await expect.poll(async () => isDefaultView(await mapView(page))).toBe(true);
	// A place far outside the story's region, close up, is the story all the same.
	await page.goto('/?map=15.00/38.8944/-77.0484');
	await waitForMap(page);
	await expect.poll(async () => (await mapView(page)).zoom).toBeCloseTo(15, 1);
	await expect(page.getByTestId('notice')).toHaveCount(0);
});

/** Akorda, the presidential palace in Nur-Sultan: where a cold link to its place page must show the map. */
const akorda = { lat: 51.12583, lon: 71.4463 };
const kmFromAkorda = ({ lat, lon }: { lat: number; lon: number }) =>
	Math.hypot(lat - akorda.lat, (lon - akorda.lon) * Math.cos((akorda.lat * Math.PI) / 180)) * 111.32;
const atAkorda = (v: { zoom: number; lat: number; lon: number }) => v.zoom >= 9 && kmFromAkorda(v) < 3;
/** Close up, and at most 10 km off: a view fitted clear of the legend and the tools has the place off its centre. */
const near = (v: { zoom: number; lat: number; lon: number }) => v.zoom >= 9 && kmFromAkorda(v) < 10;
const parseView = (text: string) => {
	const [zoom, lat, lon] = text.split('/').map(Number);
	return { zoom: zoom!, lat: lat!, lon: lon! };
};

for (const [screen, device] of [
	['a wide screen', {}],
	['a phone', { viewport: PHONE, hasTouch: true }]
] as const)
	test.describe(`on ${screen}`, () => {
		test.use(device);

		for (const link of ['/place/nur-sultan-akorda', '/?place=nur-sultan-akorda'])
			test(`a cold link ${link} shows its place, selected, on the vector map and then on MapLibre`, async ({
				page
			}) => {
				await page.goto(link);
				await waitForVectorMap(page);
				await expect
					.poll(async () => atAkorda(parseView(await vectorViewText(page))), 'the vector map shows the place')
					.toBe(true);
				// On a phone MapLibre waits until the reader turns to the map: a key in the map's section does.
				if (screen === 'a phone') await page.getByTestId('legend').locator('summary').focus();
				const map = await waitForMap(page);
				// MapLibre frames the place clear of what lies over the map (the legend, the tools): the place is in
				// the map, close up, though not at its very centre.
				const box = (await map.boundingBox())!;
				const shown = async () => {
					const at = await screenPoint(page, [akorda.lon, akorda.lat]);
					const inside = at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height;
					return inside && (await mapView(page)).zoom >= 9;
				};
				await expect.poll(shown, 'MapLibre shows the place').toBe(true);
				expect(near(parseView(await vectorViewText(page))), 'the vector map stayed there').toBe(true);
				await expect(map).toHaveAttribute('data-selected', 'nur-sultan-akorda');
				await expect(popup(page)).toHaveAttribute('data-place', 'nur-sultan-akorda');
				// The address agrees with what the map shows.
				await expect
					.poll(async () => {
						const camera = params(page).map;
						return camera === undefined || near(parseView(camera));
					})
					.toBe(true);
			});
	});
