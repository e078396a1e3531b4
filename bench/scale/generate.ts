// A story of any size for `npm run bench:scale`: the default story (geo/) plus generated places, in three layers of
// their own (points, routes, areas), spread over Kazakhstan by a seeded random walk, so that every run and every
// machine gets the same story. Each generated place quotes a sentence of the real article verbatim, so the build
// validates it as it would a newsroom's story.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** The layers the generated places go into, with the story's own symbology fields. */
export const GENERATED_LAYERS = [
	{ id: 'generated-points', nl: 'Gegenereerde punten', en: 'Generated points', color: '#0f766e', shape: 'circle' },
	{ id: 'generated-routes', nl: 'Gegenereerde routes', en: 'Generated routes', color: '#7c2d12', shape: 'triangle' },
	{ id: 'generated-areas', nl: 'Gegenereerde gebieden', en: 'Generated areas', color: '#3f6212', shape: 'square' }
] as const;

/** Where the generated places lie: Kazakhstan's extent, roughly ([west, south, east, north]). */
const EXTENT = [51, 42, 84, 54] as const;

/** A small deterministic random number generator (mulberry32): the same places on every run. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

interface Sentence {
	id: string;
	quote: string;
}

/** The article's sentences, each with its block: what a generated place may quote. */
export function sentences(storyDir: string): Sentence[] {
	const { blocks } = JSON.parse(readFileSync(join(storyDir, 'article.json'), 'utf8')) as {
		blocks: { id: string; text: string }[];
	};
	return blocks.flatMap((b) =>
		b.text
			.split(/(?<=[.!?])\s+/)
			.filter((s) => s.length >= 20)
			.map((quote) => ({ id: b.id, quote }))
	);
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The i-th generated place (0-based): four in five points, one in ten a route, one in ten an area. */
function generatedPlace(i: number, next: () => number, quotes: Sentence[]): { layer: string; feature: Feature } {
	const at = (): [number, number] => [
		round(EXTENT[0] + next() * (EXTENT[2] - EXTENT[0])),
		round(EXTENT[1] + next() * (EXTENT[3] - EXTENT[1]))
	];
	const n = String(i + 1).padStart(5, '0');
	const kind = i % 10 === 9 ? 2 : i % 10 === 8 ? 1 : 0;
	const [lon, lat] = at();
	let geometry: Geometry;
	let precision: { precision: string; radiusKm?: number };
	if (kind === 0) {
		geometry = { type: 'Point', coordinates: [lon, lat] };
		precision = { precision: 'site' };
	} else if (kind === 1) {
		const steps = 2 + Math.floor(next() * 3);
		const coordinates: [number, number][] = [[lon, lat]];
		for (let s = 1; s < steps; s++) {
			const [x, y] = coordinates[s - 1]!;
			coordinates.push([
				round(x + (next() - 0.5) * 4),
				round(Math.min(EXTENT[3], Math.max(EXTENT[1], y + (next() - 0.5) * 2)))
			]);
		}
		geometry = { type: 'LineString', coordinates };
		precision = { precision: 'site' };
	} else {
		// A hexagon of 10–40 km round its centre.
		const radiusKm = 10 + Math.round(next() * 30);
		const dLat = radiusKm / 111.32;
		const dLon = dLat / Math.cos((lat * Math.PI) / 180);
		const ring = Array.from({ length: 7 }, (_, k) => {
			const a = ((k % 6) * Math.PI) / 3;
			return [round(lon + dLon * Math.cos(a)), round(lat + dLat * Math.sin(a))];
		});
		geometry = { type: 'Polygon', coordinates: [ring] };
		precision = { precision: 'region', radiusKm };
	}
	const quote = quotes[i % quotes.length]!;
	return {
		layer: GENERATED_LAYERS[kind]!.id,
		feature: {
			type: 'Feature',
			geometry,
			properties: {
				id: `generated-${n}`,
				name: { nl: `Plaats ${n}`, en: `Place ${n}` },
				passages: [{ id: quote.id, quote: quote.quote }],
				...precision,
				coordSource: 'Generated for the scale benchmark (bench/scale/generate.ts): no real place',
				date: `2022-01-${String(2 + (i % 10)).padStart(2, '0')}`
			}
		}
	};
}

/** How many places a story folder holds (features of all its layers). */
export function countPlaces(storyDir: string): number {
	const story = JSON.parse(readFileSync(join(storyDir, 'story.json'), 'utf8')) as { layers: { id: string }[] };
	return story.layers.reduce((sum, l) => {
		const fc = JSON.parse(readFileSync(join(storyDir, 'layers', `${l.id}.geojson`), 'utf8')) as FeatureCollection;
		return sum + fc.features.length;
	}, 0);
}

/**
 * Writes into `outDir` the story of `baseDir` with as many generated places added as make `places` in all (none
 * when the base story has that many already). Returns the number of places written.
 */
export function generateStory(baseDir: string, outDir: string, places: number, seed = 2022): number {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	// The story as it is, but not its city tiles: no size of the benchmark should depend on a deploy's extract.
	cpSync(baseDir, outDir, { recursive: true, filter: (src) => !src.startsWith(join(baseDir, 'city-tiles')) });
	const base = countPlaces(baseDir);
	const extra = Math.max(0, places - base);
	if (extra === 0) return base;
	const next = random(seed);
	const quotes = sentences(baseDir);
	const byLayer = new Map<string, Feature[]>(GENERATED_LAYERS.map((l) => [l.id, []]));
	for (let i = 0; i < extra; i++) {
		const { layer, feature } = generatedPlace(i, next, quotes);
		byLayer.get(layer)!.push(feature);
	}
	const storyFile = join(outDir, 'story.json');
	const story = JSON.parse(readFileSync(storyFile, 'utf8')) as { layers: unknown[] };
	for (const l of GENERATED_LAYERS) {
		const features = byLayer.get(l.id)!;
		if (!features.length) continue;
		// Drawn first (below the story's own layers, areas lowest): they are the crowd, the story's places stay on top.
		story.layers.unshift({
			id: l.id,
			name: { nl: l.nl, en: l.en },
			symbology: { color: l.color, shape: l.shape }
		});
		const fc: FeatureCollection = { type: 'FeatureCollection', features };
		writeFileSync(join(outDir, 'layers', `${l.id}.geojson`), JSON.stringify(fc));
	}
	writeFileSync(storyFile, JSON.stringify(story, null, '\t'));
	return base + extra;
}
