// A story of many places gets light place pages: each the same size whatever the number of places (issue 18).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { generatedStories } from './fixtures/generated-stories';
import LightPlacePage from '../src/lib/place-page/LightPlacePage.svelte';
import { FULL_PLACE_PAGES_UP_TO, hasLightPlacePages } from '../scripts/story-folder.js';
import { lightPlacePageData } from '../src/lib/server/page-data';
import { load as loadWhole } from '../src/routes/place/[id]/+page.server';
import { load as loadLight } from '../src/routes/place/[id=light]/+page.server';

/** A story of `places` places (the default story and generated ones), as the build's STORY_DIR. */
const storyOf = generatedStories('light-pages');
/** The data a place page is built from, as the page carries it: the whole map page's or the light page's. */
const wholePageData = (id: string) =>
	loadWhole({ params: { id } } as Parameters<typeof loadWhole>[0]) as Record<string, unknown>;
const pageData = (id: string) =>
	loadLight({ params: { id } } as Parameters<typeof loadLight>[0]) as Record<string, unknown>;
const html = (id: string) => {
	const data = lightPlacePageData(id)!;
	return render(LightPlacePage, { props: { data, preview: `/preview/place/${id}.png`, alt: 'Kaart' } }).body;
};

describe('place pages', () => {
	it('are whole map pages in a story of up to FULL_PLACE_PAGES_UP_TO places', () => {
		expect(hasLightPlacePages(38)).toBe(false);
		expect(hasLightPlacePages(FULL_PLACE_PAGES_UP_TO + 1)).toBe(true);
		expect(lightPlacePageData('almaty-akimat')).toBeUndefined();
		expect((wholePageData('almaty-akimat').places as unknown[]).length).toBe(38);
		expect(() => pageData('almaty-akimat')).toThrow(expect.objectContaining({ status: 404 }));
	});

	it('hold their place alone in a larger story: the same size at 250 and at 2,000 places', () => {
		const sizes = [FULL_PLACE_PAGES_UP_TO + 50, 2000].map((n) => {
			storyOf(n);
			const data = pageData('almaty-akimat');
			expect(data).not.toHaveProperty('places');
			expect(data.placeCount).toBe(n);
			return { data: JSON.stringify(data).length, html: html('almaty-akimat').length };
		});
		expect(sizes[1]!.data).toBeLessThan(4000);
		expect(Math.abs(sizes[1]!.data - sizes[0]!.data)).toBeLessThan(10);
		expect(Math.abs(sizes[1]!.html - sizes[0]!.html)).toBeLessThan(10);
	});

	it('show the place, its quote, its map and the way to it on the map, without JavaScript', () => {
		storyOf(FULL_PLACE_PAGES_UP_TO + 1);
		const body = html('almaty-akimat');
		expect(body).toContain('data-testid="place-page"');
		expect(body).toMatch(/<h1[^>]*>Stadhuis \(akimat\) van Almaty<\/h1>/);
		expect(body).toMatch(
			/<blockquote lang="nl"[^>]*>“bestorming van en brandstichting in overheidsgebouwen in Almaty”<\/blockquote>/
		);
		expect(body).toMatch(
			/<img src="\/preview\/place\/almaty-akimat\.png" alt="Kaart" width="1200" height="630"[^>]*\/>/
		);
		expect(body).toMatch(/href="\/\?place=almaty-akimat"[^>]*data-testid="open-map"/);
		expect(body).toContain(`Een van de ${FULL_PLACE_PAGES_UP_TO + 1} plaatsen uit het artikel`);
	});

	it('are not found for a place the story does not have', () => {
		storyOf(FULL_PLACE_PAGES_UP_TO + 1);
		expect(() => pageData('nowhere')).toThrow(expect.objectContaining({ status: 404 }));
	});
});
