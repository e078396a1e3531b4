import type { FeatureCollection } from 'geojson';

/**
 * Flattens nested objects in feature properties one level, since MapLibre reads plain values.
 * Example: { name: { en: 'Almaty', nl: 'Almaty' } } becomes { name_en: 'Almaty', name_nl: 'Almaty' }.
 */
export function flattenProperties(fc: FeatureCollection): FeatureCollection {
	return {
		...fc,
		features: fc.features.map((f) => {
			const flat: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(f.properties ?? {})) {
				if (value && typeof value === 'object' && !Array.isArray(value))
					for (const [sub, v] of Object.entries(value)) flat[`${key}_${sub}`] = v;
				else flat[key] = value;
			}
			return { ...f, properties: flat };
		})
	};
}
