import { groupPoints } from '../render/clusters';
import type { MarkedGroup } from '../render/svg/numbering';
import type { Display } from '../story/display';
import type { LayerMeta } from '../story/types';

/**
 * The groups of crowded points that the print sheet numbers as one marker each, as the other maps group them
 * (`groupPoints`): in every shown layer that groups (`grouped`), the groups at the sheet's zoom whose centre is in view
 * (`bounds`, [[west, south], [east, north]]). The chosen place is in none: it keeps its own number and ring. A group's
 * members come in `order` (the reading order's place ids), the order the key names them in.
 * Example: 131 points over Kazakhstan on an A4 sheet at zoom 4.6 become some twenty groups and a few single places.
 */
export function printGroups(
	layers: LayerMeta[],
	display: Record<string, Display>,
	{
		hidden = [],
		zoom,
		bounds,
		chosen,
		order = []
	}: {
		hidden?: string[];
		zoom: number;
		bounds: [[number, number], [number, number]];
		chosen?: string;
		order?: string[];
	}
): MarkedGroup[] {
	const [[w, s], [e, n]] = bounds;
	const rank = new Map(order.map((id, i) => [id, i]));
	const byRank = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity);
	return layers.flatMap((layer) => {
		const fc = display[layer.id];
		if (!fc?.grouped || hidden.includes(layer.id)) return [];
		const leaveOut = new Set(chosen ? [chosen] : []);
		return groupPoints(fc, zoom, leaveOut, { members: true }).groups.flatMap((g) => {
			const [lon, lat] = g.center;
			if (lon < w || lon > e || lat < s || lat > n) return [];
			const members = [...(g.members ?? [])].sort(byRank);
			return [{ id: `group:${layer.id}:${members[0]}`, layer: layer.id, center: g.center, members }];
		});
	});
}
