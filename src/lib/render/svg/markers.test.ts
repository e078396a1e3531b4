import { describe, expect, it } from 'vitest';
import { ICON_SIZE, signedDistance } from '../../map/icons';
import { SHAPE_SPAN, markerRadius, numberedMarker, pinMarker, shapeMarker, shapeOutlines } from './markers';

describe('marker shapes', () => {
	// The icon's shape spans twice its signed distance at the centre of a circle, at pixel ratio 2.
	const span = -2 * signedDistance('circle', ICON_SIZE / 2, ICON_SIZE / 2);
	const buffer = (ICON_SIZE - span) / 2;

	it('are the interactive map’s icons, vertex for vertex and at the same size', () => {
		expect(span / 2).toBe(SHAPE_SPAN);
		for (const [name, outline] of Object.entries(shapeOutlines))
			for (const [u, v] of outline)
				expect(
					Math.abs(signedDistance(name as keyof typeof shapeOutlines, buffer + u * span, buffer + v * span))
				).toBeLessThan(1e-9);
	});

	it('draw each shape centred on its spot', () => {
		expect(shapeMarker('circle', 10, 20, 0.7, '#112233', 1.5)).toMatch(
			/^<circle cx="10" cy="20" r="4.9" fill="#112233"/
		);
		for (const shape of ['square', 'diamond', 'triangle'] as const)
			expect(shapeMarker(shape, 10, 20, 0.55, '#112233', 1.5)).toMatch(
				/^<polygon points="[\d., ]+" fill="#112233" stroke="#ffffff"/
			);
	});

	it('number a marker with text, and widen the circle for three digits', () => {
		expect(numberedMarker(5, 5, 4, '#000000')).toMatch(
			/<circle[^>]* r="10"[^>]*\/><text[^>]*font-size="12"[^>]*>4<\/text>/
		);
		expect(numberedMarker(5, 5, 104, '#000000')).toContain('r="12"');
	});

	it('number a marker in its layer’s shape, its number on the shape’s centre of mass, its radius what it covers', () => {
		const diamond = numberedMarker(50, 50, 7, '#112233', 'diamond');
		expect(diamond).toMatch(/^<g data-number="7"><polygon points="50,35 65,50 50,65 35,50" fill="#112233"/);
		expect(diamond).toMatch(/<text x="50" y="54.3"[^>]*>7<\/text>/);
		expect(markerRadius(7, 'diamond')).toBe(15);
		expect(markerRadius(7)).toBe(10);
		const triangle = numberedMarker(50, 50, 7, '#112233', 'triangle');
		expect(Number(/<text x="50" y="([\d.]+)"/.exec(triangle)?.[1])).toBeGreaterThan(54.3);
		expect(markerRadius(7, 'triangle')).toBeGreaterThan(17);
	});

	it('put the pin’s tip on the spot', () => {
		expect(pinMarker(12.34, 56.78)).toContain('transform="translate(12.3 56.8)"');
		expect(pinMarker(0, 0)).toContain('d="M0,0');
	});
});
