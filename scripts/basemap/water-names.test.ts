import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { square } from './test-shapes';
import { nameLake, nameRiver, RIVER_NAMES } from './water-names';

describe('water names', () => {
	it('names a lake by a known interior point and a river by a point within reach', () => {
		const names = [{ en: 'Test Lake', nl: 'Testmeer', local: null, at: [[0.5, 0.5]] }];
		expect(nameLake({ type: 'Polygon', coordinates: [square(0, 0, 1)] }, names)?.en).toBe('Test Lake');
		expect(nameLake({ type: 'Polygon', coordinates: [square(5, 5, 1)] }, names)).toBeUndefined();
		const ural: Position[] = [
			[51.85, 47.0],
			[51.95, 47.3]
		];
		expect(nameRiver({ type: 'LineString', coordinates: ural }, RIVER_NAMES, 10)?.en).toBe('Ural');
	});
});
