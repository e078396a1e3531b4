import { describe, expect, it } from 'vitest';
import { fromWorld, MAX_LATITUDE, toWorld, WORLD_SIZE } from './mercator';

describe('toWorld', () => {
	it('puts null island in the middle of the world and the corners at the limits', () => {
		expect(toWorld([0, 0])).toEqual([WORLD_SIZE / 2, WORLD_SIZE / 2]);
		const corners = [...toWorld([-180, MAX_LATITUDE]), ...toWorld([180, -MAX_LATITUDE], 2)];
		[0, 0, 4 * WORLD_SIZE, 4 * WORLD_SIZE].forEach((v, i) => expect(corners[i]).toBeCloseTo(v, 4));
	});

	it('clamps latitudes past Web Mercator’s limit, so the poles stay finite', () => {
		expect(toWorld([10, 90])).toEqual(toWorld([10, MAX_LATITUDE]));
		expect(toWorld([10, -90])).toEqual(toWorld([10, -MAX_LATITUDE]));
	});

	it('is undone by fromWorld at any zoom', () => {
		for (const zoom of [0, 3.6, 11])
			for (const p of [
				[76.95, 43.24],
				[-122.4, 37.8],
				[151.2, -33.9]
			] as [number, number][]) {
				const [lon, lat] = fromWorld(toWorld(p, zoom), zoom);
				expect(lon).toBeCloseTo(p[0], 9);
				expect(lat).toBeCloseTo(p[1], 9);
			}
	});
});
