// Link previews and oEmbed, read from the built site (no browser): what a chat app or a social network fetches.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { DEFAULT_SITE_ORIGIN } from '../scripts/site-origin.js';
import { FIXTURE_BASE_PATH, fixtureSite } from './app-test';
import { placesInReadingOrder } from '../src/lib/places/places';
import { INK } from '../src/lib/render/colors';
import { featureColor } from '../src/lib/render/symbology';
import { loadStory } from '../src/lib/server/story';

const BUILD = 'build';
const story = loadStory();
const places = placesInReadingOrder(story);
// The built site's place pages: every place of the story has one.
const placeIds = readdirSync(join(BUILD, 'place'))
	.filter((f) => f.endsWith('.html'))
	.map((f) => f.replace(/\.html$/, ''));
const pages = ['index', 'embed', ...placeIds.map((id) => `place/${id}`)];

/** The content of each `<meta property|name="…">` of a page, and its `<link rel>` tags. */
function head(page: string) {
	const html = readFileSync(join(BUILD, `${page}.html`), 'utf8');
	const meta = new Map(
		[...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])
	);
	const links = [...html.matchAll(/<link ([^>]*)>/g)].map((m) => m[1]!);
	return { meta, links };
}

/** A built file by its public address on the assumed origin. */
function builtFile(url: string) {
	expect(url.startsWith(`${DEFAULT_SITE_ORIGIN}/`), url).toBe(true);
	return readFileSync(join(BUILD, new URL(url).pathname));
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const near = (png: PNG, x: number, y: number, [r, g, b]: number[], tolerance = 40) => {
	const i = (png.width * y + x) * 4;
	return Math.abs(png.data[i]! - r!) + Math.abs(png.data[i + 1]! - g!) + Math.abs(png.data[i + 2]! - b!) <= tolerance;
};

test('the build has a place page for every place of the story', () => {
	expect(placeIds.sort()).toEqual(places.map((p) => p.id).sort());
});

test('every map page names a 1200 × 630 preview on the site origin, with a Dutch description and a large card', () => {
	for (const page of pages) {
		const { meta, links } = head(page);
		const image = meta.get('og:image') ?? '';
		expect(image, page).toMatch(new RegExp(`^${DEFAULT_SITE_ORIGIN}/preview/.+\\.png$`));
		expect(meta.get('og:image:width'), page).toBe('1200');
		expect(meta.get('og:image:height'), page).toBe('630');
		expect(meta.get('og:image:alt'), page).toMatch(/^Kaart met .+ \(De Tijd, 8 januari 2022\)$/);
		expect(meta.get('twitter:card'), page).toBe('summary_large_image');
		expect(meta.get('twitter:image'), page).toBe(image);
		const oembed = links.find((l) => l.includes('application/json+oembed'));
		expect(oembed, page).toMatch(new RegExp(`href="${DEFAULT_SITE_ORIGIN}/oembed/.+\\.json" title=".+"`));
		if (page !== 'embed') {
			const url = `${DEFAULT_SITE_ORIGIN}/${page === 'index' ? '' : page}`;
			expect(meta.get('og:url'), page).toBe(url);
			expect(links, page).toContain(`rel="canonical" href="${url}"/`);
		}
	}
});

test('each preview is a 1200 × 630 map, not blank, with its place ringed in the middle in its own colour', () => {
	const ink = hex(INK);
	for (const page of pages) {
		const png = PNG.sync.read(builtFile(head(page).meta.get('og:image')!));
		expect([png.width, png.height], page).toEqual([1200, 630]);
		const colours = new Set<number>();
		for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i) >>> 8);
		expect(colours.size, `${page}: distinct colours`).toBeGreaterThan(40);
		const id = page.startsWith('place/') ? page.slice('place/'.length) : undefined;
		if (!id) continue;
		// The spotlight: an ink ring of 17 px round the middle of the map (1200 × 480 above the band)…
		const [cx, cy] = [600, 240];
		const ring = Array.from({ length: 36 }, (_, k) => (k * Math.PI) / 18).filter((a) =>
			near(png, Math.round(cx + 17 * Math.cos(a)), Math.round(cy + 17 * Math.sin(a)), ink)
		);
		expect(ring.length, `${page}: ink ring at the centre`).toBeGreaterThan(30);
		// …round the place's marker, in its layer's colour.
		const place = places.find((p) => p.id === id)!;
		const layer = story.meta.layers.find((l) => l.id === place.layer)!;
		const colour = hex(featureColor(layer.symbology, place.kind ?? ''));
		const marker = [-3, 0, 3].flatMap((dx) => [-3, 0, 3].filter((dy) => near(png, cx + dx, cy + dy, colour)));
		expect(marker.length, `${page}: marker in ${layer.id}'s colour`).toBeGreaterThan(0);
	}
});

test('each page has its oEmbed answer: a rich embed of the embed view, with the preview as thumbnail', async () => {
	for (const page of pages) {
		const href = /href="([^"]+)"/.exec(head(page).links.find((l) => l.includes('json+oembed'))!)![1]!;
		const json = JSON.parse(builtFile(href).toString('utf8'));
		expect(json, page).toMatchObject({ type: 'rich', version: '1.0', thumbnail_width: 1200, thumbnail_height: 630 });
		expect(json.thumbnail_url, page).toBe(head(page).meta.get('og:image'));
		const place = page.startsWith('place/') ? `?place=${page.slice(6)}` : '';
		expect(json.html, page).toContain(`<iframe src="${DEFAULT_SITE_ORIGIN}/embed${place}"`);
		expect([json.width, json.height, json.provider_url, json.title].every(Boolean), page).toBe(true);
	}
});

test('the app answers /oembed?url=… with the page’s answer, 404 for another address, 501 for XML', async ({
	request,
	baseURL
}) => {
	const ask = (url: string, format = 'json') => request.get(`/oembed?url=${encodeURIComponent(url)}&format=${format}`);
	const place = await ask(`${baseURL}/place/almaty-akimat?lang=en`);
	expect(place.status()).toBe(200);
	expect(await place.json()).toEqual(JSON.parse(readFileSync(join(BUILD, 'oembed/place/almaty-akimat.json'), 'utf8')));
	expect((await (await ask(`${baseURL}/`)).json()).title).toBe(story.meta.title.nl);
	const unknown = await ask(`${baseURL}/place/nowhere`);
	expect(unknown.status()).toBe(404);
	expect((await unknown.json()).error).toBeTruthy();
	expect((await ask(`${baseURL}/print`)).status()).toBe(404);
	expect((await ask(`${baseURL}/`, 'xml')).status()).toBe(501);
});

test('under a sub-path, previews and oEmbed live there too', async ({ request }) => {
	const html = readFileSync(join('build-fixture', 'place', 'grand-place.html'), 'utf8');
	const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
	expect(image).toBe(`${DEFAULT_SITE_ORIGIN}${FIXTURE_BASE_PATH}/preview/place/grand-place.png`);
	const png = PNG.sync.read(
		readFileSync(join('build-fixture', image.slice(DEFAULT_SITE_ORIGIN.length + FIXTURE_BASE_PATH.length)))
	);
	expect([png.width, png.height]).toEqual([1200, 630]);
	expect(html).toContain(`href="${DEFAULT_SITE_ORIGIN}${FIXTURE_BASE_PATH}/oembed/place/grand-place.json"`);
	const answer = await request.get(
		`${fixtureSite()}/oembed?url=${encodeURIComponent(`${fixtureSite()}/place/grand-place`)}`
	);
	expect(answer.status()).toBe(200);
	expect((await answer.json()).html).toContain(`${FIXTURE_BASE_PATH}/embed?place=grand-place`);
});
