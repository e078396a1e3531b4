import { rewind } from '@turf/turf';
import {
	geoMercator,
	geoPath,
	type GeoContext,
	type GeoPermissibleObjects,
	type GeoProjection,
	type GeoStream
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { clampLatitude, WORLD_SIZE } from '../mercator';
import type { SvgMapInput, SvgView } from './types';

/**
 * The projection of the interactive map for a view and container size, clipped to the container.
 * Example: projectionFor({ center: [67.5, 48.2], zoom: 3.6 }, 1000, 700)([67.5, 48.2]) is [500, 350].
 */
export function projectionFor(view: SvgView, width: number, height: number): GeoProjection {
	return (
		geoMercator()
			.scale((WORLD_SIZE * 2 ** view.zoom) / (2 * Math.PI))
			.translate([width / 2, height / 2])
			.center(view.center)
			.angle(view.bearing ?? 0)
			.clipExtent([
				[0, 0],
				[width, height]
			])
			// No resampling: straight lines in Mercator between vertices, as MapLibre draws them.
			.precision(0)
	);
}

/** A stream that passes on a point only once it lies `tolerance` pixels from the last one, and each line's last. */
function thinned(out: GeoStream, tolerance: number): GeoStream {
	let last: [number, number] | undefined;
	let skipped: [number, number] | undefined;
	return {
		point(x, y) {
			if (last && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) skipped = [x, y];
			else {
				out.point(x, y);
				[last, skipped] = [[x, y], undefined];
			}
		},
		lineStart() {
			[last, skipped] = [undefined, undefined];
			out.lineStart();
		},
		lineEnd() {
			if (skipped) out.point(...skipped);
			out.lineEnd();
		},
		polygonStart: () => out.polygonStart(),
		polygonEnd: () => out.polygonEnd(),
		sphere: () => out.sphere?.()
	};
}

/** Draws a geometry as SVG path data, or null when nothing of it is in view. */
export type PathMaker = (object: GeoPermissibleObjects) => string | null;

/**
 * Path data in relative commands, each coordinate rounded to 1/`steps` pixel: about a third of the bytes of
 * absolute coordinates to one decimal, for the vector map that goes into every map page.
 */
class RelativePath implements GeoContext {
	private d = '';
	private x = 0;
	private y = 0;
	constructor(private readonly steps: number) {}
	private round(v: number) {
		return Math.round(v * this.steps) / this.steps;
	}
	moveTo(x: number, y: number) {
		[this.x, this.y] = [this.round(x), this.round(y)];
		this.d += `M${this.x} ${this.y}`;
	}
	lineTo(x: number, y: number) {
		const [rx, ry] = [this.round(x), this.round(y)];
		if (rx !== this.x || ry !== this.y) this.d += `l${this.round(rx - this.x)} ${this.round(ry - this.y)}`;
		[this.x, this.y] = [rx, ry];
	}
	closePath() {
		this.d += 'z';
	}
	beginPath() {}
	// A point's circle: d3 moves to its right edge first.
	arc(x: number, y: number, r: number) {
		const d = this.round(2 * r);
		this.d += `a${d / 2} ${d / 2} 0 1 1 ${-d} 0a${d / 2} ${d / 2} 0 1 1 ${d} 0`;
	}
	take(): string | null {
		const d = this.d;
		this.d = '';
		return d || null;
	}
}

/**
 * An SVG path maker for a projection: points closer than `tolerance` pixels to the last one are left out, since they
 * change nothing visible and make the file large. Coordinates are absolute to one decimal, or with `steps`, relative
 * and rounded to 1/`steps` pixel.
 */
export function pathFor(projection: GeoProjection, tolerance = 0.25, steps?: number): PathMaker {
	const stream = { stream: (out: GeoStream) => projection.stream(thinned(out, tolerance)) };
	if (!steps) {
		const path = geoPath(stream).digits(1);
		return (object) => path(object);
	}
	const context = new RelativePath(steps);
	const path = geoPath(stream, context);
	return (object) => (path(object), context.take());
}

/**
 * How many times finer than `steps` the story's routes are drawn: a link closer in shows the drawing enlarged (4.6
 * times at zoom 6), and a nearly straight route's half-pixel steps showed as stairs of over 2 pixels.
 */
export const ROUTE_STEPS = 4;

/** What every part of a render needs: where things go, and how big the map is. */
export interface Frame {
	projection: GeoProjection;
	path: PathMaker;
	/** The story's routes: as `path`, to ROUTE_STEPS times finer steps where `path` rounds. */
	routePath: PathMaker;
	width: number;
	height: number;
	zoom: number;
}

export function frameFor(
	view: SvgView,
	width: number,
	height: number,
	{ tolerance, steps }: { tolerance?: number; steps?: number } = {}
): Frame {
	const projection = projectionFor(view, width, height);
	const path = pathFor(projection, tolerance, steps);
	const routePath = steps ? pathFor(projection, tolerance, steps * ROUTE_STEPS) : path;
	return { projection, path, routePath, width, height, zoom: view.zoom };
}

/** The longitude and latitude range a view shows: `[[west, south], [east, north]]`. */
export function viewBounds(view: SvgView, width: number, height: number): [[number, number], [number, number]] {
	const projection = projectionFor(view, width, height);
	const corners: [number, number][] = [
		[0, 0],
		[width, 0],
		[width, height],
		[0, height]
	];
	const lonLats = corners.map((c) => projection.invert?.(c) ?? [NaN, NaN]);
	const lons = lonLats.map((p) => p[0] ?? NaN);
	const lats = lonLats.map((p) => p[1] ?? NaN);
	return [
		[Math.min(...lons), Math.min(...lats)],
		[Math.max(...lons), Math.max(...lats)]
	];
}

const PREPARED = Symbol('prepared for d3-geo');
type Prepared<G extends Geometry, P> = FeatureCollection<G, P> & { [PREPARED]?: true };

const clampPosition = (p: Position): Position => [p[0] ?? 0, clampLatitude(p[1] ?? 0)];

function clampGeometry(g: Geometry): Geometry {
	switch (g.type) {
		case 'Point':
			return { type: g.type, coordinates: clampPosition(g.coordinates) };
		case 'MultiPoint':
		case 'LineString':
			return { type: g.type, coordinates: g.coordinates.map(clampPosition) };
		case 'MultiLineString':
		case 'Polygon':
			return { type: g.type, coordinates: g.coordinates.map((l) => l.map(clampPosition)) };
		case 'MultiPolygon':
			return { type: g.type, coordinates: g.coordinates.map((p) => p.map((l) => l.map(clampPosition))) };
		case 'GeometryCollection':
			return { type: g.type, geometries: g.geometries.map(clampGeometry) };
	}
}

/**
 * A FeatureCollection d3-geo draws as MapLibre does. GeoJSON (RFC 7946) winds outer rings counterclockwise,
 * d3-geo clockwise: unchanged, a polygon would fill the globe minus itself. Latitudes are clamped to Web Mercator's.
 * Preparing twice is a no-op, so callers that render often prepare once.
 */
export function prepareForD3<G extends Geometry, P>(fc: FeatureCollection<G, P>): FeatureCollection<G, P> {
	if ((fc as Prepared<G, P>)[PREPARED]) return fc;
	const features = fc.features.map((f): Feature<G, P> => {
		const geometry = clampGeometry(f.geometry) as G;
		const clamped = { ...f, geometry };
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return clamped;
		rewind(geometry as Polygon | MultiPolygon, { reverse: true, mutate: true });
		return clamped;
	});
	const out: Prepared<G, P> = { ...fc, features };
	Object.defineProperty(out, PREPARED, { value: true });
	return out;
}

/** Every collection of a map input prepared for d3-geo (see `prepareForD3`); cheap when already prepared. */
export function prepareMapInput(input: SvgMapInput): SvgMapInput {
	const each = <T>(record: Record<string, T>, f: (v: T) => T) =>
		Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));
	return { ...input, basemap: each(input.basemap, prepareForD3), display: each(input.display, prepareForD3) };
}
