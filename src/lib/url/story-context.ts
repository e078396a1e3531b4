import type { ViewContext } from './view-state';

interface StoryIds {
	places: readonly { id: string; bounds: readonly [number, number, number, number] }[];
	blocks: readonly { id: string }[];
	layers: readonly { id: string }[];
	/** story.json `bounds`: the story's region, `[[west, south], [east, north]]`. */
	meta: { bounds: readonly [readonly [number, number], readonly [number, number]] };
}

/**
 * What a link may name on a story's pages, and where its camera may look: the story's region and every place's
 * extent (a place such as Washington lies far outside the region, and a link may show it close up).
 */
export function storyContext({ places, blocks, layers, meta }: StoryIds): ViewContext {
	const [[w, s], [e, n]] = meta.bounds;
	return {
		places: places.map((p) => p.id),
		passages: blocks.map((b) => b.id),
		layers: layers.map((l) => l.id),
		extents: [[w, s, e, n], ...places.map((p) => p.bounds)]
	};
}
