import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { miniInput } from '../../../tests/fixtures/svg/mini-input';
import { numberedMarkers } from '../render/svg/numbering';
import { renderMapSvg } from '../render/svg/render';
import type { Display, DisplayProperties } from '../story/display';
import { printGroups } from './groups';

const point = (id: string, lon: number, lat: number): Feature<Geometry, DisplayProperties> => ({
	type: 'Feature',
	geometry: { type: 'Point', coordinates: [lon, lat] },
	properties: { id, role: 'point', precision: 'exact', kind: '', name_nl: id, name_en: id }
});
/** 60 points crowded round Almaty and one in Aktau: a crowded layer, `grouped` as displayFeatures marks it. */
const crowd: Display = {
	type: 'FeatureCollection',
	features: [
		...Array.from({ length: 60 }, (_, i) => point(`near-${i}`, 76.6 + (i % 8) * 0.1, 43 + Math.floor(i / 8) * 0.1)),
		point('aktau', 51.2, 43.65)
	],
	grouped: true
};
const input = miniInput({
	display: { ...miniInput().display, cities: crowd },
	view: { center: [64, 47], zoom: 4.3 },
	width: 1000,
	height: 700
});
const bounds: [[number, number], [number, number]] = [
	[40, 38],
	[90, 56]
];

describe('printGroups', () => {
	it('numbers a crowd as one group in view, its places in reading order, and leaves the chosen place out of it', () => {
		const order = crowd.features.map((f) => f.properties.id).reverse();
		const [group, ...rest] = printGroups(input.layers, input.display, { zoom: 4.3, bounds, order });
		expect(rest).toEqual([]);
		expect(group!.layer).toBe('cities');
		expect(group!.members).toHaveLength(60);
		expect(group!.members[0]).toBe('near-59');
		const chosen = printGroups(input.layers, input.display, { zoom: 4.3, bounds, chosen: 'near-3' });
		expect(chosen[0]!.members).toHaveLength(59);
		expect(chosen[0]!.members).not.toContain('near-3');
	});

	it('numbers no group of a hidden layer, out of view, or where the sheet is close enough for each place', () => {
		expect(printGroups(input.layers, input.display, { zoom: 4.3, bounds, hidden: ['cities'] })).toEqual([]);
		const west: [[number, number], [number, number]] = [
			[40, 38],
			[60, 56]
		];
		expect(printGroups(input.layers, input.display, { zoom: 4.3, bounds: west })).toEqual([]);
		expect(printGroups(input.layers, input.display, { zoom: 10, bounds })).toEqual([]);
	});

	it('draws a numbered group as one marker in its layer’s colour, and none of its places’ own markers', () => {
		const groups = printGroups(input.layers, input.display, { zoom: 4.3, bounds });
		const numbered = numberedMarkers(input, ['aktau', ...groups]);
		expect(numbered.map((m) => [m.n, m.members?.length])).toEqual([
			[1, undefined],
			[2, 60]
		]);
		const svg = renderMapSvg({ ...input, numbered });
		expect(svg.match(/<g data-group="60">/g)).toHaveLength(1);
		expect(svg).not.toContain('data-cluster=');
		expect(svg).not.toMatch(/data-place="near-/);
		expect(svg).toContain('data-place="aktau"');
	});
});
