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

/**
 * Country outlines by English name, for places known only to country level: the region's countries.geojson, and
 * over it the whole outlines of outlines.json (the countries the region clips, like Russia, or lacks, like Vietnam).
 */
export function countryOutlines(dir = storyDir()): Map<string, Geometry> {
	const byName = (text: string) =>
		(JSON.parse(text) as FeatureCollection<Geometry, { name_en?: string }>).features.flatMap((f) =>
			f.properties?.name_en ? [[f.properties.name_en, f.geometry] as const] : []
		);
	const whole = join(dir, 'basemap', 'outlines.json');
	return new Map([
		...(basemapNames(dir).includes('countries') ? byName(readBasemap('countries', dir)) : []),
		...(existsSync(whole) ? byName(readFileSync(whole, 'utf8')) : [])
	]);
}
