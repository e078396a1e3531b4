import type { ViewContext } from './view-state';

interface StoryIds {
	places: readonly { id: string; bounds: readonly [number, number, number, number] }[];
	blocks: readonly { id: string }[];
	layers: readonly { id: string }[];
	/** story.json `bounds`: the story's region, `[[west, south], [east, north]]`. */
	meta: { bounds: readonly [readonly [number, number], readonly [number, number]] };
}

/**
 * What a link may name on a story's pages, and where its camera may look: the story's region and the extent of every
 * place that reaches beyond it (a place such as Washington lies far outside the region, and a link may show it close
 * up). A place inside the region adds nothing: a camera that sees it sees the region. Worked out on the server, from
 * every place, so a page that carries only its first places (`mapPageData`) still reads every link.
 */
export function storyContext({ places, blocks, layers, meta }: StoryIds): ViewContext {
	const [[w, s], [e, n]] = meta.bounds;
	const inRegion = ([pw, ps, pe, pn]: readonly [number, number, number, number]) =>
		pw >= w && ps >= s && pe <= e && pn <= n;
	return {
		places: places.map((p) => p.id),
		passages: blocks.map((b) => b.id),
		layers: layers.map((l) => l.id),
		extents: [[w, s, e, n], ...places.map((p) => p.bounds).filter((b) => !inRegion(b))]
	};
}
