import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import type { StoryFiles } from './types';
import { formatProblem, parseStory } from './validate';

const fixture = 'tests/fixtures/mini-story';
const clean = () => readStoryFiles(fixture);

/** The fixture story with one layer's first feature changed by `edit`. */
interface LooseFeature {
	geometry: { type: string; coordinates: unknown };
	properties: {
		id: string;
		precision: string;
		passages: { id: string; quote: string }[];
		coordSource?: string | Record<string, string>;
		radiusKm?: number;
		detailPoints?: { name: string; coordinates: number[] }[];
		uncertainAt?: string;
	};
}

function withFeature(layer: string, edit: (f: LooseFeature) => void): StoryFiles {
	const files = clean();
	const file = files.layers.find((l) => l.id === layer)!;
	const fc = JSON.parse(file.text);
	edit(fc.features[0]);
	file.text = JSON.stringify(fc);
	return files;
}

function problemsOf(files: StoryFiles): string[] {
	const { story, problems } = parseStory(files);
	expect(story).toBeUndefined();
	return problems.map(formatProblem);
}

describe('parseStory', () => {
	it('accepts the fixture story and types it', () => {
		const { story, problems } = parseStory(clean());
		expect(problems).toEqual([]);
		expect(story?.layers.map((l) => l.id)).toEqual(['routes', 'cities']);
		expect(story?.layers[1]?.features[0]?.properties.name.en).toBe('Grand Place');
	});

	it('names the file on invalid JSON', () => {
		const files = clean();
		files.layers[0]!.text = '{ "type": "FeatureCollection", ';
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(/^tests\/fixtures\/mini-story\/layers\/cities\.geojson: \(file\): invalid JSON/)
		]);
	});

	it('rejects a wrong geometry type', () => {
		const files = withFeature('cities', (f) => (f.geometry = { type: 'Circle', coordinates: [4, 50] }));
		expect(problemsOf(files)).toEqual([
			expect.stringContaining('cities.geojson: feature "grand-place": geometry.type:')
		]);
	});

	it('rejects out-of-range coordinates', () => {
		const files = withFeature('cities', (f) => (f.geometry.coordinates = [4.35, 150.8]));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": geometry.coordinates: latitude 150.8 is out of range -90..90'
		]);
	});

	it('rejects coordinates given as [lat, lon]', () => {
		const files = withFeature('cities', (f) => (f.geometry.coordinates = [50.8467, 4.3525]));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": geometry.coordinates: [50.8467, 4.3525] looks like [latitude, longitude]: GeoJSON wants [longitude, latitude]'
		]);
	});

	it('rejects a passage that does not exist', () => {
		const files = withFeature('cities', (f) => (f.properties.passages[0]!.id = 'p9'));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.passages[0].id: no block "p9" in tests/fixtures/mini-story/article.json'
		]);
	});

	it('rejects a feature with no passage', () => {
		const files = withFeature('cities', (f) => (f.properties.passages = []));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.passages: a feature must cite at least one passage'
		]);
	});

	it('rejects a quote that is not verbatim in its passage', () => {
		const files = withFeature('cities', (f) => (f.properties.passages[0]!.quote = 'the Grand Place of Brussels'));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.passages[0].quote: not found verbatim in block "p2": "the Grand Place of Brussels"'
		]);
	});

	it('rejects a duplicate id across layers', () => {
		const files = withFeature('routes', (f) => (f.properties.id = 'antwerp'));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "antwerp": properties.id: duplicate id: also used in layer "routes"'
		]);
	});

	it('requires a radius unless the place is exact or a site', () => {
		const files = withFeature('cities', (f) => (f.properties.precision = 'region'));
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.radiusKm: required when precision is "region": give the radius of the area of uncertainty'
		]);
	});

	it('rejects an unknown precision and a missing coordinate source, naming both fields', () => {
		const files = withFeature('cities', (f) => {
			f.properties.precision = 'street';
			delete f.properties.coordSource;
		});
		const problems = problemsOf(files);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('feature "grand-place": properties.precision:');
		expect(problems[1]).toContain('feature "grand-place": properties.coordSource:');
	});

	it('takes a coordinate source as one citation or in both languages, never in one of them', () => {
		const both = withFeature(
			'cities',
			(f) => (f.properties.coordSource = { nl: 'Wikipedia (stadscentrum)', en: 'Wikipedia (city centre)' })
		);
		expect(parseStory(both).problems).toEqual([]);
		const half = withFeature('cities', (f) => (f.properties.coordSource = { nl: 'Wikipedia (stadscentrum)' }));
		expect(problemsOf(half)).toEqual([expect.stringContaining('feature "grand-place": properties.coordSource')]);
	});

	it('rejects a detail point outside the area of uncertainty, naming file, feature, field and distance', () => {
		const files = withFeature('routes', (f) => {
			f.properties.detailPoints = [
				{ name: 'Brussels-North', coordinates: [4.3606, 50.8605] },
				{ name: 'Mechelen', coordinates: [4.4777, 51.0259] }
			];
		});
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/routes.geojson: feature "train": properties.detailPoints[1].coordinates: Mechelen lies 22 km from the centre of the area of uncertainty (the route\'s origin), outside its radiusKm of 5 km: widen the radius or move the centre'
		]);
	});

	it("measures a route's detail points from the end that uncertainAt names", () => {
		const mechelen = { name: 'Mechelen', coordinates: [4.4777, 51.0259] };
		const origin = withFeature('routes', (f) => {
			f.properties.radiusKm = 25;
			f.properties.detailPoints = [mechelen];
		});
		expect(parseStory(origin).problems).toEqual([]);
		const destination = withFeature('routes', (f) => {
			f.properties.radiusKm = 25;
			f.properties.uncertainAt = 'destination';
			f.properties.detailPoints = [mechelen, { name: 'Halle', coordinates: [4.2347, 50.7339] }];
		});
		expect(problemsOf(destination)).toEqual([
			expect.stringMatching(
				/routes\.geojson: feature "train": properties\.detailPoints\[1\]\.coordinates: Halle lies 5\d km from .*\(the route's destination\)/
			)
		]);
	});

	it('wants an area of uncertainty where a place lists detail points, and uncertainAt only on a route', () => {
		const site = withFeature('cities', (f) => {
			f.properties.detailPoints = [{ name: 'Manneken Pis', coordinates: [4.35, 50.845] }];
		});
		expect(problemsOf(site)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.detailPoints: a place that names other locations needs an area of uncertainty (radiusKm) that contains them'
		]);
		const point = withFeature('cities', (f) => (f.properties.uncertainAt = 'destination'));
		expect(problemsOf(point)).toEqual([
			'tests/fixtures/mini-story/layers/cities.geojson: feature "grand-place": properties.uncertainAt: only a route (LineString) has two ends'
		]);
	});

	it('rejects a layer file that story.json does not declare', () => {
		const files = clean();
		files.layers.push({
			id: 'rivers',
			path: `${fixture}/layers/rivers.geojson`,
			text: '{"type":"FeatureCollection","features":[]}'
		});
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/layers/rivers.geojson: (file): unknown layer "rivers": story.json declares "routes", "cities"'
		]);
	});

	it('rejects a declared layer with no file', () => {
		const files = clean();
		files.layers = files.layers.filter((l) => l.id !== 'routes');
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/story.json: layers[0].id: layer "routes" has no file layers/routes.geojson'
		]);
	});

	it('names the field of a bad story.json', () => {
		const files = clean();
		const meta = JSON.parse(files.story.text);
		meta.layers[1].symbology.color = 'crimson';
		files.story.text = JSON.stringify(meta);
		expect(problemsOf(files)).toEqual([
			'tests/fixtures/mini-story/story.json: layers[1].symbology.color: expected a colour like #1d4ed8'
		]);
	});

	it('reports every problem at once, not just the first', () => {
		const files = withFeature('cities', (f) => {
			f.properties.passages[0]!.quote = 'nowhere';
			f.geometry.coordinates = [50.8467, 4.3525];
		});
		expect(problemsOf(files)).toHaveLength(2);
	});
});
