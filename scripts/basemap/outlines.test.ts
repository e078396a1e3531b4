import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from './countries';
import { buildOutlines } from './outlines';
import { WORLD_TOLERANCE } from './precision';
import { simplifyTopology } from './topology';

const require = createRequire(import.meta.url);
const countries110 = simplifyTopology(
	JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as CountriesTopology,
	WORLD_TOLERANCE
);
const REGION = [20, 25, 100, 62] as [number, number, number, number];

describe('buildOutlines', () => {
	const outlines = buildOutlines(countries110, REGION, [
		'Vietnam',
		'United States',
		'Russia',
		'Kazakhstan',
		'Atlantis'
	]);
	const named = (en: string) => outlines.find((f) => f.properties.name_en === en);
	const inside = (en: string, p: Position) => booleanPointInPolygon(p, named(en)!.geometry);

	it('outlines whole the story’s countries that the region clips or leaves out, under the story’s own name', () => {
		expect(outlines.map((f) => f.properties.name_en)).toEqual(['Russia', 'United States', 'Vietnam']);
		expect(inside('Vietnam', [105.85, 21.03]), 'Hanoi').toBe(true);
		expect(inside('Vietnam', [106.7, 10.8]), 'Ho Chi Minh City').toBe(true);
		expect(inside('United States', [-77.04, 38.9]), 'Washington').toBe(true);
		expect(inside('Russia', [37.62, 55.75]), 'Moscow').toBe(true);
		expect(inside('Russia', [158.65, 53.02]), 'Petropavlovsk-Kamchatsky, beyond the region').toBe(true);
	});

	it('cuts at the antimeridian: every position within -180..180', () => {
		for (const f of outlines)
			for (const p of f.geometry.coordinates.flat(2))
				expect(Math.abs(p[0]!), f.properties.name_en).toBeLessThanOrEqual(180);
	});
});
