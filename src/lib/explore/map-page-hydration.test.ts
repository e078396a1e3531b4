import { describe, expect, it } from 'vitest';
import { resolve } from './app-paths';
import { MAP_PAGE_PROPS, propsScript, readProps, type MapPageProps } from './map-page-hydration';
import type { MapPageData } from '$lib/server/page-data';

/** The one element a page holds, as the browser would parse it out of the HTML propsScript wrote. */
function pageOf(html: string): Document {
	const match = /^<script type="application\/json" id="([^"]+)">([\s\S]*)<\/script>$/.exec(html);
	if (!match) throw new Error(`not one script element: ${html.slice(0, 80)}`);
	const [, id, text] = match;
	return { getElementById: (want: string) => (want === id ? { textContent: text } : null) } as unknown as Document;
}

const props = (quote: string): MapPageProps => ({
	data: { meta: { title: { nl: quote } } } as unknown as MapPageData,
	initialPlace: 'almaty'
});

describe('the map page’s props in its HTML', () => {
	it('come back as they were written', () => {
		const written = props('VS en Rusland clashen over Kazachstan');
		expect(readProps(pageOf(propsScript(written)))).toEqual(written);
	});

	it('hold text that would end the script element or open a comment, and read it back unchanged', () => {
		const hostile = 'a </script><script>alert(1)</script> <!-- b --> </SCRIPT > c';
		const html = propsScript(props(hostile));
		// The browser ends a script element at the first `</script`: there must be exactly one, the element's own.
		expect(html.toLowerCase().match(/<\/script/g)).toHaveLength(1);
		expect(html).not.toContain('<!--');
		expect(readProps(pageOf(html)).data.meta.title.nl).toBe(hostile);
	});

	it('are missed with a message that names the element', () => {
		const empty = { getElementById: () => null } as unknown as Document;
		expect(() => readProps(empty)).toThrow(`#${MAP_PAGE_PROPS}`);
	});
});

describe('resolve() of the map page’s own client', () => {
	it('fills a route’s parameters, as SvelteKit’s does (this app has no base path)', () => {
		expect(resolve('/print')).toBe('/print');
		expect(resolve('/layers/[id].geojson', { id: 'checkpoints' })).toBe('/layers/checkpoints.geojson');
	});

	it('refuses a route with a parameter left out', () => {
		expect(() => resolve('/layers/[id].geojson')).toThrow("Missing parameter 'id'");
	});
});
