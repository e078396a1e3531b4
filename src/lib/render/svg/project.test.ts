import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/fixtures/svg/mini-input';
import { MAX_LATITUDE, toWorld } from '../mercator';
import { frameFor, prepareForD3, projectionFor, viewBounds } from './project';

/** A collection of one polygon, as the renderer takes it (RFC 7946 winding). */
const polygon = (coordinates: Polygon['coordinates']): FeatureCollection<Polygon> => ({
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }]
});

/** The bounding box of every number pair in an SVG path. */
function pathBox(d: string): [number, number, number, number] {
	const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	const xs = nums.filter((_, i) => i % 2 === 0);
	const ys = nums.filter((_, i) => i % 2 === 1);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('projectionFor', () => {
	const [w, h] = [1000, 700];
	const center: [number, number] = [67.5, 48.2];

	it('puts the centre in the middle of the container', () => {
		for (const zoom of [0, 3.6, 7.25, 12]) {
			const [x = NaN, y = NaN] = projectionFor({ center, zoom }, w, h)(center) ?? [];
			expect(x).toBeCloseTo(w / 2, 6);
			expect(y).toBeCloseTo(h / 2, 6);
		}
	});

	it('matches the Web Mercator pixel formula to 1e-6 px at several zooms', () => {
		const places: [number, number][] = [
			[76.95, 43.24],
			[37.62, 55.75],
			[51.4, 35.7],
			[90, 40]
		];
		for (const zoom of [1, 3.6, 5, 8.5, 11])
			for (const [lon, lat] of places) {
				const [cx, cy] = toWorld(center, zoom);
				const [px, py] = toWorld([lon, lat], zoom);
				const [x = NaN, y = NaN] = projectionFor({ center, zoom }, w, h)([lon, lat]) ?? [];
				expect(Math.abs(x - (w / 2 + px - cx))).toBeLessThan(1e-6);
				expect(Math.abs(y - (h / 2 + py - cy))).toBeLessThan(1e-6);
			}
	});

	it('turns the map by the bearing as MapLibre does: at bearing 90 north is to the left', () => {
		const [x = NaN, y = NaN] = projectionFor({ center, zoom: 4, bearing: 90 }, w, h)([67.5, 52]) ?? [];
		expect(x).toBeLessThan(w / 2 - 50);
		expect(y).toBeCloseTo(h / 2, 6);
	});
});

describe('viewBounds', () => {
	it('inverts the corners of the view', () => {
		const view = { center: [67.5, 48.2] as [number, number], zoom: 3.6 };
		const [[west, south], [east, north]] = viewBounds(view, 1000, 700);
		const projection = projectionFor(view, 1000, 700);
		expect(projection([west, north])?.[0]).toBeCloseTo(0, 6);
		expect(projection([west, north])?.[1]).toBeCloseTo(0, 6);
		expect(projection([east, south])?.[0]).toBeCloseTo(1000, 6);
		expect(projection([east, south])?.[1]).toBeCloseTo(700, 6);
		expect((west + east) / 2).toBeCloseTo(67.5, 6);
	});
});

describe('prepareForD3', () => {
	const kazakhstan = fixture('kazakhstan-ccw.geojson');
	const frame = frameFor({ center: [67.5, 48.2], zoom: 3.6 }, 1000, 700);

	it('draws a counterclockwise (RFC 7946) polygon as itself, not as the whole canvas', () => {
		const d = frame.path(prepareForD3(kazakhstan).features[0]!) ?? '';
		const [x0, y0, x1, y1] = pathBox(d);
		expect(x0).toBeGreaterThan(0);
		expect(y0).toBeGreaterThan(0);
		expect(x1).toBeLessThan(1000);
		expect(y1).toBeLessThan(700);
		expect(x1 - x0).toBeLessThan(800);
		// Unprepared, d3-geo reads the ring as everything but Kazakhstan: the canvas first, the ring as a hole.
		expect(frame.path(kazakhstan.features[0]!)).toMatch(/^M0,0L1000,0L1000,700L0,700Z/);
	});

	it('leaves its input alone and is a no-op the second time', () => {
		const before = JSON.stringify(kazakhstan);
		const once = prepareForD3(kazakhstan);
		expect(JSON.stringify(kazakhstan)).toBe(before);
		expect(prepareForD3(once)).toBe(once);
		expect(JSON.stringify(once)).not.toBe(before);
	});

	it('clamps latitudes to Web Mercator’s, so a polygon reaching a pole stays finite', () => {
		const polar = prepareForD3(
			polygon([
				[
					[-180, -90],
					[180, -90],
					[180, -60],
					[-180, -60],
					[-180, -90]
				]
			])
		);
		const lats = (polar.features[0]!.geometry as Polygon).coordinates[0]!.map((p) => p[1]!);
		expect(Math.min(...lats)).toBe(-MAX_LATITUDE);
		const d = frameFor({ center: [0, -70], zoom: 1 }, 600, 400).path(polar.features[0]!) ?? '';
		expect(d).not.toMatch(/NaN|Infinity/);
	});
});

describe('compact path data', () => {
	const square = prepareForD3(
		polygon([
			[
				[66, 47],
				[68, 47],
				[68, 49],
				[66, 49],
				[66, 47]
			]
		])
	).features[0]!;

	it('relative, rounded to half a pixel, and drawing the same shape as the absolute form', () => {
		const view = { center: [67, 48] as [number, number], zoom: 5 };
		const exact = frameFor(view, 800, 600).path(square)!;
		const compact = frameFor(view, 800, 600, { steps: 2 }).path(square)!;
		expect(compact).toMatch(/^M-?\d+(\.5)? -?\d+(\.5)?(l-?\d+(\.5)? -?\d+(\.5)?)+z$/);
		// Back to absolute corners: each within a quarter pixel of the exact path's.
		const corners = (d: string) => [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [+m[1]!, +m[2]!]);
		let [x, y] = [0, 0];
		const back = [...compact.matchAll(/([Ml])(-?[\d.]+) (-?[\d.]+)/g)].map(([, c, a, b]) =>
			c === 'M' ? ([x, y] = [+a!, +b!]) : ([x, y] = [x + +a!, y + +b!])
		);
		const want = corners(exact);
		expect(back).toHaveLength(want.length);
		back.forEach(([bx, by], i) => {
			expect(Math.abs(bx! - want[i]![0]!)).toBeLessThanOrEqual(0.3);
			expect(Math.abs(by! - want[i]![1]!)).toBeLessThanOrEqual(0.3);
		});
		expect(compact.length).toBeLessThan(exact.length);
	});

	it('nothing in view is no path', () => {
		expect(frameFor({ center: [-100, 0], zoom: 6 }, 400, 300, { steps: 2 }).path(square)).toBeNull();
	});
});
