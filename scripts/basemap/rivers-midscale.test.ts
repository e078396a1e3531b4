import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { markMidscaleRivers } from './rivers-midscale';

const props = (name_en: string | null) => ({ name_en, name_nl: name_en, name_local: null, source: 'test' });
const coarse = (name: string | null, coordinates: number[][]) =>
	({ type: 'Feature', properties: props(name), geometry: { type: 'LineString', coordinates } }) as Feature<
		LineString,
		ReturnType<typeof props>
	>;
const mid = (name: string, coordinates: number[][]): Feature => ({
	type: 'Feature',
	properties: { kind: 'river', name_en: name },
	geometry: { type: 'LineString', coordinates }
});

describe('markMidscaleRivers', () => {
	// A finer course along 50° N from 70° to 75° E; the 1:50m one goes on, 2° further east, off it.
	const fine = mid('Irtysh', [
		[70, 50],
		[72.5, 50.01],
		[75, 50]
	]);
	const rough = coarse('Irtysh', [
		[70, 50.02],
		[72, 50.03],
		[74, 50.02],
		[75, 50.01],
		[76, 50.5],
		[77, 51]
	]);

	it('draws a river the mid-scale file has only below its zoom, and the stretch it does not follow only from it', () => {
		const [below, beyond, ...rest] = markMidscaleRivers([rough], [fine]);
		expect(rest).toEqual([]);
		expect(below!.properties.midscale).toBe('below');
		expect(below!.geometry).toEqual(rough.geometry);
		expect(beyond!.properties).toMatchObject({ midscale: 'beyond', name_en: 'Irtysh' });
		// From the last point on the finer course, so that the two meet.
		expect(beyond!.geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[75, 50.01],
				[76, 50.5],
				[77, 51]
			]
		});
	});

	it('leaves a river alone that the mid-scale file does not have, or that it follows all along', () => {
		const other = coarse('Volga', [
			[45, 48],
			[46, 49]
		]);
		const unnamed = coarse(null, [
			[60, 50],
			[61, 50]
		]);
		expect(markMidscaleRivers([other, unnamed], [fine])).toEqual([other, unnamed]);
		const along = coarse('Irtysh', [
			[70, 50.02],
			[74, 50.02]
		]);
		expect(markMidscaleRivers([along], [fine]).map((r) => r.properties.midscale)).toEqual(['below']);
	});
});
