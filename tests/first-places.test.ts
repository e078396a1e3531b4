// The story's page of a story of many places carries the first places of each layer, not all (issue 18): its HTML
// stays near the size of a small story's, and the rest come with /places.json as it hydrates.
import { gzipSync } from 'node:zlib';
import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { generatedStories } from './fixtures/generated-stories';
import { FULL_PLACE_PAGES_UP_TO } from '../scripts/story-folder.js';
import { LIST_STEP } from '../src/lib/places/filter';
import type { Place } from '../src/lib/places/places';
import { storyDays } from '../src/lib/timeline/chronology';
import { load } from '../src/routes/+page.server';
import { GET } from '../src/routes/places.json/+server';

/** A story of `places` places (the default story and generated ones), as the build's STORY_DIR. */
const storyOf = generatedStories('first-places');

type HomeData = {
	places: Place[];
	placesComplete: boolean;
	placeCount: number;
	layers: { id: string; count: number }[];
	context: { places: string[]; extents: unknown[] };
	days: unknown;
};
const homeData = () => load({} as Parameters<typeof load>[0]) as unknown as HomeData;
const everyPlace = async (): Promise<Place[]> => (await GET({} as Parameters<typeof GET>[0])).json();
/** What the page's hydration data weighs, gzipped, as SvelteKit writes it into the HTML (devalue). */
const weight = (data: unknown) => gzipSync(devalue.uneval(data)).length;

describe("the story's page", () => {
	it('carries every place in a story of up to FULL_PLACE_PAGES_UP_TO places', async () => {
		delete process.env.STORY_DIR;
		const data = homeData();
		expect(data.placesComplete).toBe(true);
		expect(data.places).toEqual(await everyPlace());
		expect(data.placeCount).toBe(data.places.length);
	});

	it('carries the first places of each layer in a larger story, and links and days from every place', async () => {
		storyOf(2000);
		const data = homeData();
		const all = await everyPlace();
		expect(all).toHaveLength(2000);
		expect(data.placesComplete).toBe(false);
		expect(data.placeCount).toBe(2000);
		// Each layer's first LIST_STEP places, in reading order: what the list shows before the reader asks for more.
		for (const layer of data.layers) {
			const first = all.filter((p) => p.layer === layer.id).slice(0, LIST_STEP);
			expect(data.places.filter((p) => p.layer === layer.id)).toEqual(first);
			expect(layer.count).toBe(all.filter((p) => p.layer === layer.id).length);
		}
		expect(data.places.length).toBeLessThan(all.length / 5);
		// A link may name any place, and the timeline is the whole story's.
		expect(data.context.places).toEqual(all.map((p) => p.id));
		expect(data.days).toEqual(storyDays(all));
	});

	it('weighs about the same at 2,000 places as at FULL_PLACE_PAGES_UP_TO + 1', () => {
		const [small, large] = [FULL_PLACE_PAGES_UP_TO + 1, 2000].map((n) => {
			storyOf(n);
			return weight(homeData());
		});
		// The ids of every place (for links) are what grows: 5.3 KB gzip at 2,000 places. With every place the data
		// was 72 KB.
		expect(large! - small!).toBeLessThan(10_000);
		expect(large!).toBeLessThan(22_000);
	});
});
