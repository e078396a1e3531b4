import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
