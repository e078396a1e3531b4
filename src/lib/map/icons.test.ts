import { describe, expect, it } from 'vitest';
import { ICON_SIZE, iconNames, sdfIcon, signedDistance } from './icons';

const alphaAt = (icon: ReturnType<typeof sdfIcon>, x: number, y: number) => icon.data[(y * ICON_SIZE + x) * 4 + 3]!;
const mid = ICON_SIZE / 2;

describe('sdfIcon', () => {
	it.each(iconNames)('%s is solid at its centre and empty at its corners', (name) => {
		const icon = sdfIcon(name);
		expect(icon.data.length).toBe(ICON_SIZE * ICON_SIZE * 4);
		expect(alphaAt(icon, mid, mid)).toBeGreaterThan(191);
		expect(alphaAt(icon, 0, 0)).toBeLessThan(191);
	});

	it('puts the edge at the SDF cutoff, so MapLibre draws the shape at its true size', () => {
		// The circle's edge lies half the drawable span from the centre.
		const span = ICON_SIZE - 12;
		expect(signedDistance('circle', mid + span / 2, mid)).toBeCloseTo(0, 5);
		expect(signedDistance('circle', mid, mid)).toBeCloseTo(-span / 2, 5);
	});

	it('tells the shapes apart: a square fills its corner region, a diamond does not', () => {
		const corner = Math.round(ICON_SIZE * 0.25);
		expect(alphaAt(sdfIcon('square'), corner, corner)).toBeGreaterThan(191);
		expect(alphaAt(sdfIcon('diamond'), corner, corner)).toBeLessThan(191);
	});

	it('points the arrow along +x, the direction a line runs', () => {
		const arrow = sdfIcon('arrow');
		expect(alphaAt(arrow, ICON_SIZE - 10, mid)).toBeGreaterThan(191);
		expect(alphaAt(arrow, 9, mid)).toBeLessThan(191);
	});
});
