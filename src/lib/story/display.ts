import { bbox, circle, greatCircle } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { toWorld } from '../render/mercator';
import { clusters } from '../render/clusters';
import { coverZoom, showFromZoom, thinning } from '../render/symbology';
import type { PlaceFeature, Precision } from './types';
import { uncertaintyCentre } from './uncertainty';

/** What a display feature draws: the place itself, its area of uncertainty, or a route. */
export type DisplayRole = 'point' | 'area' | 'line';

/** Flat properties, since MapLibre expressions and SVG attributes read plain values best. */
export interface DisplayProperties {
	id: string;
	role: DisplayRole;
	precision: Precision;
	kind: string;
	name_nl: string;
	name_en: string;
	/** First day, `YYYY-MM-DD`, for the timeline filter; absent when undated. */
	date_from?: string;
	/** An area's zoom from which it covers a typical map, and its fill fades to the outline (see `areaFill`). */
	cover_zoom?: number;
	/** In a layer that clusters, the whole zoom from which a route or area is drawn (`thinning`, symbology.ts). */
	show_from?: number;
}

export type DisplayFeature = Feature<Geometry, DisplayProperties>;

/**
 * A layer's display features. `grouped`: the layer has more than `clustering.from` places, so its crowded points
 * group and its small routes and areas thin out; it stays with any part of the layer (a preview's features near its
 * view), which groups as the whole layer does.
 */
export type Display = FeatureCollection<Geometry, DisplayProperties> & { grouped?: true };

/** Points on a route or around a circle: enough to look smooth at city zoom, few enough to stay small. */
const ARC_STEPS = 64;
const CIRCLE_STEPS = 64;

/**
 * A great-circle arc from the first to the last position of a route.
 * Example: arc([[37.6, 55.8], [76.9, 43.3]]) bends north of the straight line on a Mercator map.
 */
export function arc(coordinates: Position[]): Geometry {
	const from = coordinates[0];
	const to = coordinates[coordinates.length - 1];
	if (!from || !to || coordinates.length > 2) return { type: 'LineString', coordinates };
	return greatCircle(from, to, { npoints: ARC_STEPS }).geometry;
}

/** The circle of `radiusKm` around a point: where the place may be, given how precisely it is known. */
export function uncertaintyArea(center: Position, radiusKm: number): Geometry {
	return circle(center, radiusKm, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry;
}

/** A shape's box as drawn on a Web Mercator map at zoom 0: its width and height in pixels. */
function worldSides(g: Geometry): [number, number] {
	const [w, s, e, n] = bbox(g);
	const [x0, y0] = toWorld([w, n]);
	const [x1, y1] = toWorld([e, s]);
	return [x1 - x0, y1 - y0];
}

/**
 * The zoom from which an area covers a typical map: from its smaller side on a Web Mercator map, as drawn.
 * Example: a 15 km circle around Almaty (43° N) covers one from about zoom 10.5.
 */
export function areaCoverZoom(g: Geometry): number {
	return Math.round(coverZoom(Math.min(...worldSides(g))) * 100) / 100;
}

/**
 * A longitude or latitude to five decimals (about a metre): what the map can show, without the float noise of
 * computed coordinates (`46.362700000000004`), which in a story of thousands of places is most of the bytes.
 */
export const roundDegrees = (n: number) => Math.round(n * 1e5) / 1e5;
function roundGeometry(g: Geometry): Geometry {
	const r = (pos: Position) => pos.map(roundDegrees);
	switch (g.type) {
		case 'Point':
			return { ...g, coordinates: r(g.coordinates) };
		case 'LineString':
			return { ...g, coordinates: g.coordinates.map(r) };
		case 'MultiLineString':
		case 'Polygon':
			return { ...g, coordinates: g.coordinates.map((l) => l.map(r)) };
		case 'MultiPolygon':
			return { ...g, coordinates: g.coordinates.map((p) => p.map((l) => l.map(r))) };
		default:
			return g;
	}
}

/** The zoom from which a route or area is large enough to draw in a crowded layer: its box's longer side (`thinning`). */
export function shapeShowFrom(g: Geometry, role: 'line' | 'area'): number {
	return showFromZoom(Math.max(...worldSides(g)), thinning.minPx[role]);
}

/**
 * Turns a layer's places into what the maps draw: points, areas of uncertainty and great-circle routes.
 * A place known to country level takes its country's outline from `outlines` (by English name) where there is one.
 */
export function displayFeatures(
	features: PlaceFeature[],
	outlines: ReadonlyMap<string, Geometry> = new Map()
): Display {
	const out: DisplayFeature[] = [];
	// A layer of many places thins out its routes and areas where they are too small to read (`thinning`).
	const thin = clusters(features.length);
	const from = (g: Geometry, role: 'line' | 'area') => (thin ? { show_from: shapeShowFrom(g, role) } : {});
	for (const f of features) {
		const p = f.properties;
		const props = (role: DisplayRole): DisplayProperties => ({
			id: p.id,
			role,
			precision: p.precision,
			kind: p.kind ?? '',
			name_nl: p.name.nl,
			name_en: p.name.en,
			...(p.date ? { date_from: typeof p.date === 'string' ? p.date : p.date.from } : {})
		});
		const area = (geometry: Geometry) =>
			out.push({
				type: 'Feature',
				geometry,
				properties: { ...props('area'), cover_zoom: areaCoverZoom(geometry), ...from(geometry, 'area') }
			});
		const g = f.geometry;
		if (g.type === 'Point') {
			const outline = p.precision === 'country' ? outlines.get(p.name.en) : undefined;
			if (outline) area(outline);
			else if (p.radiusKm !== undefined) area(roundGeometry(uncertaintyArea(g.coordinates, p.radiusKm)));
			out.push({ type: 'Feature', geometry: g, properties: props('point') });
		} else if (g.type === 'LineString') {
			// A route's radius belongs to the end the sources are vague about: where it set out from, or where it landed.
			const vague = uncertaintyCentre(f);
			if (p.radiusKm !== undefined && vague) area(roundGeometry(uncertaintyArea(vague.center, p.radiusKm)));
			const line = roundGeometry(arc(g.coordinates));
			out.push({ type: 'Feature', geometry: line, properties: { ...props('line'), ...from(line, 'line') } });
		} else {
			area(g);
		}
	}
	return { type: 'FeatureCollection', features: out, ...(thin ? { grouped: true as const } : {}) };
}
