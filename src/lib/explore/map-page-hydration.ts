// How a map page's HTML hands its component to the page script (map-page-client.ts), without SvelteKit's router:
// the server draws MapPage inside a root element, and writes the component's props beside it as JSON.
import type { MapPageData } from '$lib/server/page-data';

/** The element MapPage is drawn in, and hydrated in. */
export const MAP_PAGE_ROOT = 'map-page';
/** The `<script type="application/json">` holding MapPage's props. */
export const MAP_PAGE_PROPS = 'map-page-props';

export interface MapPageProps {
	data: MapPageData;
	/** The place a place page is about. */
	initialPlace?: string;
}

/**
 * The props as a JSON script element. Every `<` is escaped (`\u003c`, which JSON.parse reads back as `<`), so no
 * text in the story can end the element (`</script>`) or open a comment in it.
 */
export const propsScript = (props: MapPageProps) =>
	`<script type="application/json" id="${MAP_PAGE_PROPS}">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>`;

/** Reads the props the server wrote. */
export function readProps(doc: Document): MapPageProps {
	const el = doc.getElementById(MAP_PAGE_PROPS);
	if (!el?.textContent) throw new Error(`The page has no #${MAP_PAGE_PROPS}: the server did not draw a map page`);
	return JSON.parse(el.textContent) as MapPageProps;
}
