import type { Geometry, Position } from 'geojson';
import type { Display, DisplayProperties } from '../../story/display';
import type { LayerMeta } from '../../story/types';
import { groupPoints } from '../clusters';
import { attrs, escapeXml } from './escape';
import { arrowHead, clusterMarker, shapeMarker } from './markers';
import type { Frame } from './project';
import {
	areaFill,
	areaOpacity,
	arrows,
	dashArray,
	featureColor,
	markerScale,
	outlineDash,
	shownAt,
	widths
} from '../symbology';

type Pt = [number, number];

/** A polygon's rings as lines, so that clipping to the view adds no edges to its outline. */
function ringsOf(g: Geometry): Geometry {
	if (g.type === 'Polygon') return { type: 'MultiLineString', coordinates: g.coordinates };
	if (g.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: g.coordinates.flat() };
	return g;
}

function linesOf(g: Geometry): Position[][] {
	if (g.type === 'LineString') return [g.coordinates];
	if (g.type === 'MultiLineString') return g.coordinates;
	return [];
}

/**
 * Where the arrowheads of a route go, in screen pixels: every `spacing` pixels along it, starting half a spacing
 * in (or at the middle of a short route), each pointing the way the route runs. Only those inside the view.
 */
export function arrowPositions(
	frame: Frame,
	g: Geometry,
	spacing: number = arrows.spacing
): { at: Pt; angle: number }[] {
	const out: { at: Pt; angle: number }[] = [];
	for (const line of linesOf(g)) {
		const pts = line.map((p) => frame.projection([p[0] ?? 0, p[1] ?? 0])).filter((p): p is Pt => p !== null);
		const lengths = pts.slice(1).map((p, i) => Math.hypot(p[0] - pts[i]![0], p[1] - pts[i]![1]));
		const total = lengths.reduce((a, b) => a + b, 0);
		let next = total < spacing ? total / 2 : spacing / 2;
		let walked = 0;
		for (const [i, len] of lengths.entries()) {
			const [a, b] = [pts[i]!, pts[i + 1]!];
			while (len > 0 && next <= walked + len) {
				const t = (next - walked) / len;
				const at: Pt = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
				if (at[0] >= 0 && at[1] >= 0 && at[0] <= frame.width && at[1] <= frame.height)
					out.push({ at, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) });
				next += spacing;
			}
			walked += len;
		}
	}
	return out;
}

/**
 * The ids of a layer's points drawn on their own at this frame's zoom, or null where every point is: in a layer that
 * groups (`grouped`, story/display.ts), the others are in a group's circle. Points `drawnElsewhere` take no part.
 */
export function singlePoints(
	fc: Display,
	frame: Frame,
	drawnElsewhere: ReadonlySet<string> = new Set()
): { single: Set<string>; groups: ReturnType<typeof groupPoints>['groups'] } | null {
	if (!fc.grouped) return null;
	return groupPoints(fc, frame.zoom, drawnElsewhere);
}

/**
 * One story layer as `<g data-layer="<id>">`, in the order of `storyLayers`: areas of uncertainty, their dashed
 * outlines, routes, arrowheads, markers (none for `drawnElsewhere`, the places of the print sheet's numbered
 * markers; in a layer that clusters, the groups' circles with their counts, `data-cluster`, and the points left on
 * their own), then the labels given.
 */
export function renderStoryLayer(
	layer: LayerMeta,
	fc: Display,
	frame: Frame,
	labels = '',
	drawnElsewhere: ReadonlySet<string> = new Set()
): string {
	const s = layer.symbology;
	const color = (p: DisplayProperties) => featureColor(s, p.kind);
	const place = (p: DisplayProperties) => attrs({ 'data-place': p.id });
	const areas: string[] = [];
	const outlines: string[] = [];
	const routes: string[] = [];
	const heads: string[] = [];
	const markers: string[] = [];
	const grouped = singlePoints(fc, frame, drawnElsewhere);
	const onScreen = (xy: [number, number] | null, margin: number): xy is [number, number] =>
		!!xy && xy[0] >= -margin && xy[1] >= -margin && xy[0] <= frame.width + margin && xy[1] <= frame.height + margin;
	for (const f of fc.features) {
		const p = f.properties;
		// A crowded layer's route or area too small to read at this zoom (`thinning`), as MapLibre's filter leaves it out.
		if (!shownAt(p, frame.zoom)) continue;
		if (p.role === 'area') {
			const d = frame.path(f);
			if (!d) continue;
			// An area that covers the view fades to its outline, as on the interactive map. `data-cover` lets the vector
			// map fade it again as the reader zooms the drawing (vector-gestures.ts).
			const opacity = areaOpacity(p.precision);
			const cover = p.cover_zoom;
			const fill = {
				fill: color(p),
				'fill-opacity': cover === undefined ? opacity : opacity * areaFill(frame.zoom, cover),
				'data-opacity': cover === undefined ? undefined : opacity,
				'data-cover': cover,
				d
			};
			areas.push(`<path${place(p)}${attrs(fill)}/>`);
			const dash = dashArray(outlineDash, widths.outline);
			const ring = frame.path(ringsOf(f.geometry)) ?? '';
			const line = {
				fill: 'none',
				stroke: color(p),
				'stroke-width': widths.outline,
				'stroke-dasharray': dash,
				d: ring
			};
			outlines.push(`<path${place(p)}${attrs(line)}/>`);
		} else if (p.role === 'line') {
			const d = frame.routePath(f);
			if (!d) continue;
			const width = widths.route;
			const line = {
				fill: 'none',
				stroke: color(p),
				'stroke-width': width,
				'stroke-linecap': 'round',
				'stroke-dasharray': s.dash ? dashArray(s.dash, width) : undefined,
				d
			};
			routes.push(`<path${place(p)}${attrs(line)}/>`);
			for (const { at, angle } of arrowPositions(frame, f.geometry))
				heads.push(arrowHead(at[0], at[1], angle, arrows.scale, color(p), widths.arrowHalo));
		} else if (f.geometry.type === 'Point' && !drawnElsewhere.has(p.id) && (!grouped || grouped.single.has(p.id))) {
			const [lon = 0, lat = 0] = f.geometry.coordinates;
			const xy = frame.projection([lon, lat]);
			if (!onScreen(xy, 20)) continue;
			const marker = shapeMarker(s.shape, xy[0], xy[1], markerScale(p.precision), color(p), widths.markerHalo);
			markers.push(`<g${place(p)}>${marker}</g>`);
		}
	}
	for (const g of grouped?.groups ?? []) {
		const xy = frame.projection(g.center);
		if (!onScreen(xy, 24)) continue;
		markers.push(clusterMarker(xy[0], xy[1], g, s.color));
	}
	const body = [...areas, ...outlines, ...routes, ...heads, ...markers, labels].join('');
	return `<g data-layer="${escapeXml(layer.id)}">${body}</g>`;
}
