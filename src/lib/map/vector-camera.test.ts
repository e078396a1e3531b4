import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { projectionFor } from '../render/svg/project';
import { cameraOf, identity, transformFor, zoomAbout, type VectorFrame } from './vector-camera';

const frame: VectorFrame = { center: [66.9, 48.6], zoom: 3.55, width: 800, height: 640 };

describe('the vector map camera', () => {
	test('untransformed, it shows the drawing’s centre at the zoom that fits the core into the box', () => {
		// A phone's box: the core's width decides, so the zoom drops by log2(400 / 800) = 1.
		const v = cameraOf(frame, { width: 400, height: 600 }, identity);
		expect(v.zoom).toBeCloseTo(frame.zoom - 1, 12);
		expect(v.lon).toBeCloseTo(66.9, 9);
		expect(v.lat).toBeCloseTo(48.6, 9);
		// A wide box: the height decides.
		expect(cameraOf(frame, { width: 1600, height: 320 }, identity).zoom).toBeCloseTo(frame.zoom - 1, 12);
	});

	test('a pan moves the camera the way MapLibre’s would: the point under the pointer stays under it', () => {
		const box = { width: 1000, height: 700 };
		const start = cameraOf(frame, box, identity);
		const after = cameraOf(frame, box, { x: -120, y: 80, k: 1 });
		// Where the old camera put the point now at the box's centre: 120 px right of, 80 px above the centre.
		const where = projectionFor({ center: [start.lon, start.lat], zoom: start.zoom }, box.width, box.height);
		const [x, y] = where([after.lon, after.lat])!;
		expect(x).toBeCloseTo(500 + 120, 6);
		expect(y).toBeCloseTo(350 - 80, 6);
		expect(after.zoom).toBeCloseTo(start.zoom, 12);
	});

	test('zooming about a point keeps that point’s place on the map', () => {
		const box = { width: 900, height: 600 };
		const at: [number, number] = [200, 150];
		const before = cameraOf(frame, box, identity);
		const t = zoomAbout(identity, 2, at);
		const after = cameraOf(frame, box, t);
		expect(after.zoom).toBeCloseTo(before.zoom + 1, 12);
		const old = projectionFor({ center: [before.lon, before.lat], zoom: before.zoom }, box.width, box.height);
		const now = projectionFor({ center: [after.lon, after.lat], zoom: after.zoom }, box.width, box.height);
		const geo = old.invert!(at)!;
		const [x, y] = now(geo)!;
		expect(x).toBeCloseTo(at[0], 6);
		expect(y).toBeCloseTo(at[1], 6);
	});

	test('transformFor and cameraOf are inverses', () => {
		fc.assert(
			fc.property(
				fc.record({
					width: fc.integer({ min: 200, max: 3000 }),
					height: fc.integer({ min: 200, max: 2000 }),
					zoom: fc.double({ min: 1, max: 14, noNaN: true }),
					lat: fc.double({ min: -70, max: 70, noNaN: true }),
					lon: fc.double({ min: -170, max: 170, noNaN: true })
				}),
				({ width, height, zoom, lat, lon }) => {
					const box = { width, height };
					const back = cameraOf(frame, box, transformFor(frame, box, { zoom, lat, lon }));
					expect(back.zoom).toBeCloseTo(zoom, 9);
					expect(back.lat).toBeCloseTo(lat, 7);
					expect(back.lon).toBeCloseTo(lon, 7);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
