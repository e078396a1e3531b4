import { describe, expect, it } from 'vitest';
import { miniInput } from '../../../../tests/fixtures/svg/mini-input';
import { storyInput } from '../../../../tests/fixtures/svg/story-input';
import { locatorInset } from './locator';
import { fanOut, numberedMarkers, type Rect } from './numbering';
import { viewBounds } from './project';
import { renderMapSvg } from './render';

type Pt = [number, number];
const apart = (pos: Pt[], r: number[]) =>
	pos.every((a, i) => pos.every((b, j) => i >= j || Math.hypot(a[0] - b[0], a[1] - b[1]) >= r[i]! + r[j]! - 1e-6));

describe('fanOut', () => {
	const map = { width: 400, height: 300 };

	it('leaves markers that do not touch where they are', () => {
		const spots = [
			{ x: 50, y: 50, r: 10 },
			{ x: 100, y: 50, r: 10 }
		];
		expect(fanOut(spots, map)).toEqual([
			[50, 50],
			[100, 50]
		]);
	});

	it('fans out markers on one spot, round it, from the top, in their order', () => {
		const spots = Array.from({ length: 5 }, () => ({ x: 200, y: 150, r: 10 }));
		const pos = fanOut(spots, map);
		expect(apart(pos, [10, 10, 10, 10, 10])).toBe(true);
		expect(pos[0]![0]).toBeCloseTo(200);
		expect(pos[0]![1]).toBeLessThan(150);
		for (const [x, y] of pos) expect(Math.hypot(x - 200, y - 150)).toBeLessThan(30);
	});

	it('keeps each marker on its own side of a pair', () => {
		const [left, right] = fanOut(
			[
				{ x: 195, y: 150, r: 10 },
				{ x: 205, y: 150, r: 10 }
			],
			map
		);
		expect(left![0]).toBeLessThan(right![0]);
		expect(Math.hypot(left![0] - right![0], left![1] - right![1])).toBeGreaterThanOrEqual(20);
	});

	it('joins a ring that reaches another marker into one larger ring', () => {
		const spots = [...Array.from({ length: 4 }, () => ({ x: 200, y: 150, r: 10 })), { x: 200, y: 178, r: 10 }];
		expect(
			apart(
				fanOut(spots, map),
				spots.map((s) => s.r)
			)
		).toBe(true);
	});

	it('gives the spotlit marker its ring’s room', () => {
		const spots = [
			{ x: 200, y: 150, r: 18.5 },
			{ x: 202, y: 150, r: 10 }
		];
		expect(apart(fanOut(spots, map), [18.5, 10])).toBe(true);
	});

	it('keeps markers inside the map and clear of the inset and the north arrow', () => {
		const keepOut: Rect[] = [
			{ x0: 300, y0: 220, x1: 400, y1: 300 },
			{ x0: 370, y0: 0, x1: 400, y1: 40 }
		];
		const spots = [
			{ x: 2, y: 2, r: 10 },
			{ x: 350, y: 260, r: 10 },
			{ x: 350, y: 260, r: 10 },
			{ x: 390, y: 10, r: 10 }
		];
		const pos = fanOut(spots, { ...map, keepOut });
		expect(apart(pos, [10, 10, 10, 10])).toBe(true);
		for (const [x, y] of pos) {
			expect(x - 10).toBeGreaterThanOrEqual(0);
			expect(y - 10).toBeGreaterThanOrEqual(0);
			for (const k of keepOut) expect(x + 10 <= k.x0 || x - 10 >= k.x1 || y + 10 <= k.y0 || y - 10 >= k.y1).toBe(true);
		}
	});
});

describe('numberedMarkers', () => {
	it('numbers the places in the order given, at their spots, a route where it comes into view', () => {
		const input = miniInput();
		const [almaty, flight] = numberedMarkers(input, ['almaty', 'flight']);
		expect(almaty).toMatchObject({ id: 'almaty', n: 1, color: '#1d4ed8' });
		expect(flight).toMatchObject({ id: 'flight', n: 2 });
		for (const m of [almaty!, flight!]) {
			expect(m.x).toBeGreaterThanOrEqual(10);
			expect(m.x).toBeLessThanOrEqual(input.width - 10);
		}
	});

	it('gives no number to a route the map leaves out at its zoom (thinning), and numbers the next one on', () => {
		const input = miniInput();
		const thin = (zoom: number) =>
			Object.fromEntries(
				Object.entries(input.display).map(([id, fc]) => [
					id,
					{
						...fc,
						features: fc.features.map((f) =>
							f.properties.id === 'flight' ? { ...f, properties: { ...f.properties, show_from: zoom } } : f
						)
					}
				])
			);
		const shownFrom = (zoom: number) =>
			numberedMarkers({ ...input, display: thin(zoom) }, ['flight', 'almaty']).map((m) => `${m.n} ${m.id}`);
		expect(shownFrom(Math.floor(input.view.zoom))).toEqual(['1 flight', '2 almaty']);
		expect(shownFrom(Math.floor(input.view.zoom) + 1)).toEqual(['1 almaty']);
		// The map draws it as the key says: not at all.
		expect(renderMapSvg({ ...input, display: thin(Math.floor(input.view.zoom) + 1) })).not.toContain(
			'data-place="flight"'
		);
	});

	it('draws every number of the real story once, none covering another, the chosen one ringed', () => {
		const input = storyInput('geo', 'nl', 700, 590);
		const ids = input.layers.flatMap((l) => (input.display[l.id]?.features ?? []).map((f) => f.properties.id));
		const unique = [...new Set(ids)];
		const markers = numberedMarkers(input, unique, { spotlight: 'almaty-akimat' });
		const radius = markers.map((m) => m.r);
		expect(
			apart(
				markers.map((m) => [m.x, m.y]),
				radius
			)
		).toBe(true);
		const svg = renderMapSvg({ ...input, numbered: markers });
		for (const m of markers) expect(svg.match(new RegExp(`data-number="${m.n}"`, 'g'))).toHaveLength(1);
		expect(svg).toMatch(/<g data-spotlight=""><circle[^>]*\/><g data-place="almaty-akimat"><g data-number="\d+">/);
		expect(svg).toContain('<g data-leader="">');
		// The places' own markers and the story's place labels give way to the numbers.
		expect(svg).not.toMatch(/<g data-place="almaty-akimat"><polygon|<circle[^>]*r="7"/);
	});
});

describe('locatorInset', () => {
	it('shows land and the focus country at city zoom too', () => {
		const input = { ...storyInput('geo', 'nl', 700, 590), view: { center: [76.95, 43.24] as Pt, zoom: 12 } };
		const svg = locatorInset(input, viewBounds(input.view, 700, 590));
		expect(svg).toMatch(/data-basemap="countries" fill="[^"]+" d="[^"]{200}/);
		expect(svg).toContain('data-basemap="countries-focus"');
	});
});
