import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { miniInput } from '../../../../tests/fixtures/svg/mini-input';
import { renderNorthArrow, renderScaleBar, scaleBar } from './decorations';
import { locatorInset } from './locator';
import { projectionFor, viewBounds } from './project';

describe('scaleBar', () => {
	const view = { center: [10, 48] as [number, number], zoom: 4 };

	it('gives a round length whose bar fits in 150 px at latitude 48, zoom 4', () => {
		const bar = scaleBar(view, 1000, 700);
		const leading = bar.km / 10 ** Math.floor(Math.log10(bar.km));
		expect([1, 2, 5]).toContain(leading);
		expect(bar.px).toBeLessThanOrEqual(150);
		expect(bar.px).toBeGreaterThan(150 / 2.5);
		expect(bar.label).toBe(`${bar.km} km`);
	});

	it('matches turf’s distance across the bar at the centre, within 1%', () => {
		const bar = scaleBar(view, 1000, 700);
		const projection = projectionFor(view, 1000, 700);
		const a = projection.invert?.([500, 350]);
		const b = projection.invert?.([500 + bar.px, 350]);
		expect(distance(a!, b!, { units: 'kilometers' }) / bar.km).toBeCloseTo(1, 2);
	});

	it('shrinks with the zoom, down to metres', () => {
		expect(scaleBar({ ...view, zoom: 6 }, 1000, 700).km).toBeLessThan(scaleBar(view, 1000, 700).km);
		const close = scaleBar({ ...view, zoom: 16 }, 1000, 700);
		expect(close.label).toMatch(/^\d+ m$/);
		expect(close.px).toBeLessThanOrEqual(150);
	});

	it('keeps to a smaller maximum when asked', () => {
		expect(scaleBar(view, 1000, 700, 60).px).toBeLessThanOrEqual(60);
	});
});

describe('renderScaleBar', () => {
	it('draws the bar at its length with its label as text', () => {
		const svg = renderScaleBar({ km: 500, px: 111.6, label: '500 km' }, 20, 680);
		expect(svg).toContain('transform="translate(20 680)"');
		expect(svg).toContain('H111.6');
		expect(svg).toMatch(/<text[^>]*><tspan[^>]*>500 km<\/tspan><\/text>/);
	});
});

describe('renderNorthArrow', () => {
	it('turns by minus the bearing and says N', () => {
		expect(renderNorthArrow(0)).toContain('rotate(0)');
		expect(renderNorthArrow(30, 10, 10)).toContain('translate(10 10) rotate(-30)');
		expect(renderNorthArrow(30)).toContain('>N</text>');
	});

	it('points where the projection puts north', () => {
		const bearing = 40;
		const projection = projectionFor({ center: [67.5, 48.2], zoom: 4, bearing }, 1000, 700);
		const [x = 0, y = 0] = projection([67.5, 49]) ?? [];
		// Up (0, -1) turned by -bearing, clockwise positive as SVG turns it.
		const rad = (-bearing * Math.PI) / 180;
		const arrow = [Math.sin(rad), -Math.cos(rad)];
		const toNorth = [x - 500, y - 350].map((v) => v / Math.hypot(x - 500, y - 350));
		expect(toNorth[0]).toBeCloseTo(arrow[0]!, 2);
		expect(toNorth[1]).toBeCloseTo(arrow[1]!, 2);
	});
});

describe('locatorInset', () => {
	it('is a small SVG of the wider area with a rectangle on the main view', () => {
		const input = miniInput();
		const svg = locatorInset(input, viewBounds(input.view, 1000, 700));
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="180" height="120" viewBox="0 0 180 120"/
		);
		const rect = svg.match(/<rect data-extent="" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/);
		const [x, y, w, h] = (rect ?? []).slice(1).map(Number) as number[];
		// Four zoom levels out, the 1000×700 view is a sixteenth of its size, centred.
		expect(w).toBeCloseTo(1000 / 16, 0);
		expect(h).toBeCloseTo(700 / 16, 0);
		expect(x! + w! / 2).toBeCloseTo(90, 0);
		expect(y! + h! / 2).toBeCloseTo(60, 0);
		expect(svg).toContain('data-basemap="countries-focus"');
		expect(svg).not.toContain('<text');
	});
});
