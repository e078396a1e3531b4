import Supercluster from 'supercluster';
import type { FeatureCollection, Geometry, Point, Feature } from 'geojson';
import type { DisplayProperties } from '../story/display';
import { clustering } from './symbology';

/**
 * Whether a story layer of `places` places groups its crowded points (`clustering.from`): a story of a few dozen
 * places draws each, one of thousands would cover the country in markers.
 */
export const clusters = (places: number): boolean => places > clustering.from;

/**
 * The grouping as MapLibre's GeoJSON source options: MapLibre groups with supercluster too, at its tiles' zoom (the
 * map's zoom rounded down), so `groupPoints` below draws the same groups.
 */
export const clusterSource = {
	cluster: true,
	clusterRadius: clustering.radius,
	clusterMaxZoom: clustering.maxZoom,
	clusterMinPoints: clustering.minPoints
} as const;

/** A group of points: where it is drawn (their mean, as MapLibre places it), how many, and the count as written. */
export interface PointGroup {
	center: [number, number];
	count: number;
	/** The count as the circle shows it: `1.2k` from a thousand on (supercluster's `point_count_abbreviated`). */
	label: string;
	/** The zoom at which the group falls apart: where a click on it takes the map. */
	expansionZoom: number;
	/** Its places' ids, when asked for (`members`): the print sheet's key names them. */
	members?: string[];
}

type PointFeature = Feature<Point, DisplayProperties>;
// One index per layer's display features: a build draws the same layers for every page and preview.
const indexes = new WeakMap<FeatureCollection, Supercluster<DisplayProperties>>();
// And its groups by zoom: a drawing asks for them for its markers and again for each language's labels.
const grouped = new WeakMap<FeatureCollection, Map<number, { groups: PointGroup[]; single: Set<string> }>>();

function indexOf(fc: FeatureCollection<Geometry, DisplayProperties>, leaveOut: ReadonlySet<string>) {
	const cached = leaveOut.size === 0 ? indexes.get(fc) : undefined;
	if (cached) return cached;
	const points = fc.features.filter(
		(f): f is PointFeature =>
			f.properties.role === 'point' && f.geometry.type === 'Point' && !leaveOut.has(f.properties.id)
	);
	const index = new Supercluster<DisplayProperties>({
		radius: clustering.radius,
		extent: 512,
		minPoints: clustering.minPoints,
		maxZoom: clustering.maxZoom
	}).load(points);
	if (leaveOut.size === 0) indexes.set(fc, index);
	return index;
}

/**
 * A clustering layer's points at `zoom`, grouped as MapLibre groups them: the groups, and the ids of the points left
 * on their own (drawn as markers, with their labels). Points in `leaveOut` (drawn elsewhere) take no part.
 * Example: 200 points spread over Kazakhstan at zoom 4 come out as a few dozen groups and some single points.
 */
export function groupPoints(
	fc: FeatureCollection<Geometry, DisplayProperties>,
	zoom: number,
	leaveOut: ReadonlySet<string> = new Set(),
	{ members = false }: { members?: boolean } = {}
): { groups: PointGroup[]; single: Set<string> } {
	const z = Math.max(0, Math.floor(zoom));
	const memo = leaveOut.size === 0 && !members ? grouped.get(fc) : undefined;
	const known = memo?.get(z);
	if (known) return known;
	const index = indexOf(fc, leaveOut);
	const groups: PointGroup[] = [];
	const single = new Set<string>();
	for (const f of index.getClusters([-180, -85, 180, 85], z)) {
		const p = f.properties;
		if ('cluster' in p && p.cluster) {
			groups.push({
				center: f.geometry.coordinates as [number, number],
				count: p.point_count,
				label: String(p.point_count_abbreviated),
				expansionZoom: index.getClusterExpansionZoom(p.cluster_id),
				...(members ? { members: index.getLeaves(p.cluster_id, Infinity).map((l) => l.properties.id) } : {})
			});
		} else single.add((p as DisplayProperties).id);
	}
	const result = { groups, single };
	if (leaveOut.size === 0 && !members) grouped.set(fc, (memo ?? new Map()).set(z, result));
	return result;
}
