import { expect, it } from 'vitest';
import { flattenProperties } from './flatten';

it('flattens nested names one level and keeps plain values and arrays', () => {
	const out = flattenProperties({
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [76.9, 43.2] },
				properties: { name: { en: 'Almaty', nl: 'Almaty' }, local: 'Алматы', rank: 1, tags: ['a'] }
			}
		]
	});
	expect(out.features[0]?.properties).toEqual({
		name_en: 'Almaty',
		name_nl: 'Almaty',
		local: 'Алматы',
		rank: 1,
		tags: ['a']
	});
});
