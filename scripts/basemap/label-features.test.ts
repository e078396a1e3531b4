import type { Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { countryLabelPoint, midscaleWaterLabels, placeOnLand } from './label-features';
import type { Waterway } from './midscale';
import { square } from './test-shapes';

const land: Polygon = { type: 'Polygon', coordinates: [square(50, 40, 1)] };

describe('label features', () => {
	it('countryLabelPoint puts the label at the centroid of the largest part', () => {
		const twoParts = { type: 'MultiPolygon' as const, coordinates: [[square(0, 0, 0.5)], [square(10, 10, 2)]] };
		expect(countryLabelPoint(twoParts)).toEqual([11, 11]);
	});

	it('placeOnLand keeps a point on land, moves one just off the coast onto it and gives up beyond maxKm', () => {
		expect(placeOnLand([50.5, 40.5], [land], 5)).toEqual({ at: [50.5, 40.5], movedKm: 0 });
		const moved = placeOnLand([49.99, 40.5], [land], 5);
		expect(moved && booleanPointInPolygon(moved.at, land)).toBe(true);
		expect(moved?.movedKm).toBeLessThan(5);
		expect(placeOnLand([49, 40.5], [land], 5)).toBeNull();
	});

	it('midscaleWaterLabels names the mid-scale rivers and reservoir the 1:50m rivers leave unnamed, from zoom 5', () => {
		const names = (id: string, en: string) => ({ id, name_en: en, name_nl: `${en} (nl)`, local: `${en} (local)` });
		const waterways: Waterway[] = [
			{
				type: 'Feature',
				properties: { kind: 'river', ...names('ishim', 'Ishim') },
				geometry: {
					type: 'MultiLineString',
					coordinates: [
						[
							[70, 50],
							[70, 51]
						],
						[
							[71, 50],
							[71, 54]
						]
					]
				}
			},
			{
				type: 'Feature',
				properties: { kind: 'river', ...names('irtysh', 'Irtysh') },
				geometry: {
					type: 'LineString',
					coordinates: [
						[76, 52],
						[77, 53]
					]
				}
			},
			{
				type: 'Feature',
				properties: { kind: 'reservoir', ...names('kapchagay', 'Kapchagay Reservoir') },
				geometry: land
			}
		];
		const labels = midscaleWaterLabels(waterways, ['Irtysh']);
		expect(labels.map((f) => f.properties.name.en)).toEqual(['Ishim', 'Kapchagay Reservoir']);
		const [ishim, reservoir] = labels;
		// Halfway along the longest stretch.
		expect(ishim!.geometry.coordinates[0]).toBe(71);
		expect(ishim!.geometry.coordinates[1]).toBeCloseTo(52, 1);
		expect(ishim!.properties).toMatchObject({
			kind: 'river',
			rank: 4,
			name: { nl: 'Ishim (nl)' },
			local: 'Ishim (local)'
		});
		expect(reservoir!.properties).toMatchObject({ kind: 'lake', rank: 4 });
		expect(booleanPointInPolygon(reservoir!.geometry.coordinates, land)).toBe(true);
		expect(() =>
			midscaleWaterLabels([{ ...waterways[2]!, properties: { ...waterways[2]!.properties, kind: 'river' } }], [])
		).toThrow(/waterway kapchagay has a Polygon/);
	});
});
