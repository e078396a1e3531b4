import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { buildStyle, colorExpression } from './style';

const story = parseStory(readStoryFiles('geo')).story!;
const basemap = ['boundaries', 'countries', 'labels', 'rivers', 'water', 'world'];
const style = (lang: 'nl' | 'en') =>
	buildStyle({
		layers: story.meta.layers,
		basemap,
		lang,
		fontFaces: { 'Noto Sans': [{ url: 'http://x/latin.woff2' }] },
		base: 'http://127.0.0.1:4173'
	});

describe('buildStyle', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style('nl'))).toEqual([]);
		expect(validateStyleMin(style('en'))).toEqual([]);
	});

	it('declares no glyphs server and no remote URL, so it works offline', () => {
		const s = style('nl');
		expect(s.glyphs).toBeUndefined();
		const urls = Object.values(s.sources).map((src) => ('data' in src ? src.data : ''));
		for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/(basemap|display)\//);
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
