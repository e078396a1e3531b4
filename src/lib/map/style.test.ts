import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { placesInReadingOrder } from '../places/places';
import { buildStyle, colorExpression, partFilter, spotlightData } from './style';

const story = parseStory(readStoryFiles('geo')).story!;
const basemap = ['boundaries', 'countries', 'labels', 'rivers', 'water', 'world'];
const styleInput = (lang: 'nl' | 'en') => ({
	layers: story.meta.layers,
	basemap,
	lang,
	fontFaces: { 'Noto Sans': [{ url: 'http://x/latin.woff2' }] },
	base: 'http://127.0.0.1:4173'
});
const style = (lang: 'nl' | 'en') => buildStyle(styleInput(lang));

describe('buildStyle', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style('nl'))).toEqual([]);
		expect(validateStyleMin(style('en'))).toEqual([]);
	});

	it('declares no glyphs server and no remote URL, so it works offline', () => {
		const s = style('nl');
		expect(s.glyphs).toBeUndefined();
		const urls = Object.values(s.sources).map((src) => ('data' in src ? src.data : ''));
		for (const url of urls.filter((u) => typeof u === 'string'))
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/(basemap|display)\//);
	});

	it('draws a story’s city tiles from zoom 10, above the basemap’s shapes and below its labels and the story', () => {
		const cityTiles = {
			path: 'city-tiles/{z}/{x}/{y}.pbf',
			minzoom: 10,
			maxzoom: 15,
			bounds: [76.8, 43.1, 77.1, 43.4] as [number, number, number, number],
			attribution: '© OpenStreetMap contributors'
		};
		const s = buildStyle({ ...styleInput('en'), cityTiles });
		expect(validateStyleMin(s)).toEqual([]);
		expect(s.sources.city).toEqual({
			type: 'vector',
			tiles: ['http://127.0.0.1:4173/city-tiles/{z}/{x}/{y}.pbf'],
			minzoom: 10,
			maxzoom: 15,
			bounds: [76.8, 43.1, 77.1, 43.4],
			attribution: '© OpenStreetMap contributors'
		});
		const ids = s.layers.map((l) => l.id);
		const city = ids.filter((id) => id.startsWith('city-'));
		expect(city).toEqual([
			'city-park',
			'city-water',
			'city-waterway',
			'city-building',
			'city-rail',
			'city-path',
			'city-road-casing',
			'city-road',
			'city-street-names',
			'city-poi-names'
		]);
		for (const l of s.layers.filter((l) => l.id.startsWith('city-'))) expect(l.minzoom).toBeGreaterThanOrEqual(10);
		expect(ids.indexOf('city-park')).toBeGreaterThan(ids.indexOf('basemap-boundaries'));
		expect(ids.indexOf('city-poi-names')).toBeLessThan(ids.indexOf('basemap-labels'));
		expect(ids.indexOf('city-poi-names')).toBeLessThan(ids.indexOf(`${story.meta.layers[0]!.id}-area`));
		// English names where OpenStreetMap has them, else the local one.
		const streets = s.layers.find((l) => l.id === 'city-street-names')!;
		expect(JSON.stringify(streets.layout)).toContain('["coalesce",["get","name_en"],["get","name"]]');
		// A remote TileJSON instead; none without either.
		const remote = buildStyle({
			...styleInput('nl'),
			cityTiles: { url: 'https://t.example/c.json', attribution: 'x' }
		});
		expect(remote.sources.city).toEqual({ type: 'vector', url: 'https://t.example/c.json', attribution: 'x' });
		expect(Object.keys(style('nl').sources)).not.toContain('city');
		expect(style('nl').layers.some((l) => l.id.startsWith('city-'))).toBe(false);
	});

	it('draws a river the mid-scale file has finer only below its zoom, and the stretches it lacks only from it', () => {
		const s = buildStyle({ ...styleInput('en'), basemap: [...basemap, 'waterways'] });
		const layer = (id: string) =>
			s.layers.find((l) => l.id === id) as { filter?: unknown; minzoom?: number; maxzoom?: number };
		expect(layer('basemap-rivers').filter).toEqual(['!', ['has', 'midscale']]);
		expect(layer('basemap-rivers-below')).toMatchObject({ filter: ['==', ['get', 'midscale'], 'below'], maxzoom: 4.5 });
		expect(layer('basemap-rivers-beyond')).toMatchObject({
			filter: ['==', ['get', 'midscale'], 'beyond'],
			minzoom: 4.5
		});
		expect(layer('basemap-waterways').minzoom).toBe(4.5);
	});

	it('draws oblast borders, the named rivers, Kapchagay and oblast names from zoom 4.5, loaded by zoom', () => {
		const s = buildStyle({
			layers: story.meta.layers,
			basemap: [...basemap, 'oblasts', 'waterways'],
			lang: 'en',
			fontFaces: {},
			base: 'http://x',
			deferred: ['oblasts', 'waterways']
		});
		expect(validateStyleMin(s)).toEqual([]);
		const ids = s.layers.map((l) => l.id);
		for (const id of ['basemap-oblasts', 'basemap-waterways', 'basemap-reservoirs', 'basemap-oblast-names'])
			expect(s.layers.find((l) => l.id === id)?.minzoom, id).toBe(4.5);
		// Oblast names below the basemap labels, so MapLibre places them after every one of those.
		expect(ids.indexOf('basemap-oblast-names')).toBeLessThan(ids.indexOf('basemap-labels'));
		// Borders below the country borders, rivers above the lakes.
		expect(ids.indexOf('basemap-oblasts')).toBeLessThan(ids.indexOf('basemap-boundaries'));
		expect(ids.indexOf('basemap-reservoirs')).toBeGreaterThan(ids.indexOf('basemap-water'));
		// Deferred: empty until the page fills them in.
		expect(s.sources['basemap-oblasts']).toMatchObject({ data: { features: [] } });
	});

	it('draws the story layers above the basemap in story.json order, with stable ids', () => {
		const ids = style('nl').layers.map((l) => l.id);
		const points = story.meta.layers.map((l) => ids.indexOf(`${l.id}-point`));
		expect(points.every((i) => i > ids.indexOf('basemap-labels'))).toBe(true);
		expect([...points].sort((a, b) => a - b)).toEqual(points);
	});

	it('draws the focus countries of the story lighter, and no country when there is none', () => {
		const countries = (focus?: string[]) =>
			JSON.stringify(
				buildStyle({ layers: [], basemap, focus, lang: 'nl', fontFaces: {}, base: '' }).layers.find(
					(l) => l.id === 'basemap-countries'
				)
			);
		expect(countries(story.meta.focusCountries)).toContain('["literal",["Kazakhstan"]]');
		expect(countries()).toContain('["literal",[]]');
	});

	it('labels places in the interface language', () => {
		const label = (lang: 'nl' | 'en') => style(lang).layers.find((l) => l.id === 'almaty-label');
		expect(JSON.stringify(label('en'))).toContain('name_en');
		expect(JSON.stringify(label('nl'))).toContain('name_nl');
	});

	it('draws the spotlight of a hovered place above every story layer', () => {
		const ids = style('nl').layers.map((l) => l.id);
		const lastStory = Math.max(...story.meta.layers.map((l) => ids.indexOf(`${l.id}-label`)));
		expect(ids.indexOf('spotlight-ring')).toBeGreaterThan(lastStory);
		expect(ids.indexOf('spotlight-marker')).toBeGreaterThan(ids.indexOf('spotlight-ring'));
	});
});

describe('spotlightData', () => {
	const places = placesInReadingOrder(story);
	const spot = (id: string) => spotlightData([places.find((p) => p.id === id)!], story.meta.layers).features[0]!;

	it('draws a place’s marker in its layer’s shape and its kind’s colour, at its centre', () => {
		const uranium = spot('inkai-uranium');
		const layer = story.meta.layers.find((l) => l.id === 'resource-deposits')!;
		expect(uranium.properties).toMatchObject({
			shape: layer.symbology.shape,
			color: layer.symbology.kindColors!.uranium
		});
		expect(uranium.geometry).toEqual({
			type: 'Point',
			coordinates: places.find((p) => p.id === 'inkai-uranium')!.center
		});
	});

	it('puts a route’s spotlight where it lands', () => {
		const route = places.find((p) => p.id === 'csto-flight-armenia')!;
		expect(spot('csto-flight-armenia').geometry).toEqual({ type: 'Point', coordinates: route.center });
	});
});

describe('colorExpression', () => {
	it('colours resource deposits by kind', () => {
		expect(colorExpression({ color: '#111111', shape: 'diamond', kindColors: { oil: '#222222' } })).toEqual([
			'match',
			['get', 'kind'],
			'oil',
			'#222222',
			'#111111'
		]);
		expect(colorExpression({ color: '#111111', shape: 'circle' })).toBe('#111111');
	});
});

describe('partFilter', () => {
	const point = (date_from?: string) => ({ role: 'point', ...(date_from ? { date_from } : {}) });
	const evaluate = (filter: unknown, props: Record<string, string>) =>
		featureFilter(filter as never, 'layers[0].filter').filter({ zoom: 5 }, {
			type: 1,
			properties: props,
			geometry: []
		} as never);

	it('on a chosen day keeps what had started by then and every undated place', () => {
		const f = partFilter('point', '2022-01-06');
		expect(evaluate(f, point('2022-01-05'))).toBe(true);
		expect(evaluate(f, point('2022-01-06'))).toBe(true);
		expect(evaluate(f, point('2022-01-07'))).toBe(false);
		expect(evaluate(f, point())).toBe(true);
	});

	it('without a day keeps everything of its role, and nothing of another', () => {
		expect(evaluate(partFilter('point'), point('2022-01-19'))).toBe(true);
		expect(evaluate(partFilter('line'), point('2022-01-05'))).toBe(false);
	});
});
