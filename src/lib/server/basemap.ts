import type { FeatureCollection, Geometry } from 'geojson';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flattenProperties } from '../map/flatten';
import { storyDir } from './story';

/** The basemap files of the story folder, by name without extension (`countries`, `water`, …). */
export function basemapNames(dir = storyDir()): string[] {
	const folder = join(dir, 'basemap');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((f) => f.endsWith('.geojson'))
		.map((f) => f.replace(/\.geojson$/, ''))
		.sort();
}

export function readBasemap(name: string, dir = storyDir()): string {
	return readFileSync(join(dir, 'basemap', `${name}.geojson`), 'utf8');
}

/** A basemap file with flat properties, for MapLibre expressions. */
export function basemapLayer(name: string, dir = storyDir()): FeatureCollection<Geometry, Record<string, unknown>> {
	return flattenProperties(JSON.parse(readBasemap(name, dir))) as FeatureCollection<Geometry, Record<string, unknown>>;
}

/** Country outlines of the basemap by English name, for places known only to country level. */
export function countryOutlines(dir = storyDir()): Map<string, Geometry> {
	if (!basemapNames(dir).includes('countries')) return new Map();
	const fc = JSON.parse(readBasemap('countries', dir)) as FeatureCollection<Geometry, { name_en?: string }>;
	return new Map(
		fc.features.flatMap((f) => (f.properties?.name_en ? [[f.properties.name_en, f.geometry] as const] : []))
	);
}
