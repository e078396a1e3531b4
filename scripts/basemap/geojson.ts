import type { Feature } from 'geojson';

/** A GeoJSON feature with the given properties and geometry. */
export function toFeature<G extends Feature['geometry'], P>(properties: P, geometry: G) {
	return { type: 'Feature' as const, properties, geometry };
}

/** Serialises features as a FeatureCollection with one feature per line, so diffs stay readable. */
export function toGeoJsonText(features: Feature[]): string {
	const lines = features.map((f) => JSON.stringify(f));
	return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
