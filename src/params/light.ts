import type { ParamMatcher } from '@sveltejs/kit';

/**
 * Whether `/place/<id>` is the light place page (src/routes/place/[id=light]) rather than the whole map page
 * (src/routes/place/[id]): in a story of more than FULL_PLACE_PAGES_UP_TO places, for every place. Two routes, so that
 * a light page carries only its own stylesheet and scripts, not the map page's. The story's size is known at build
 * time (`__LIGHT_PLACE_PAGES__`, vite.config.ts), in the server and the browser alike.
 */
export const match: ParamMatcher = () => __LIGHT_PLACE_PAGES__;
