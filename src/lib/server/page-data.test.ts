import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteOriginNotice } from '../../../scripts/site-origin.js';
import { mapPageData, siteOrigin } from './page-data';

describe('siteOrigin', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('is SITE_ORIGIN without its trailing slash', () => {
		vi.stubEnv('SITE_ORIGIN', 'https://news.example/');
		expect(siteOrigin()).toBe('https://news.example');
		expect(siteOriginNotice()).toBeNull();
	});

	it('assumes the address `npm start` serves at, and says so, when SITE_ORIGIN is not set or empty', () => {
		for (const value of [undefined, '', '  ']) {
			vi.stubEnv('SITE_ORIGIN', value);
			expect(siteOrigin()).toBe('http://localhost:4173');
			expect(siteOriginNotice()).toMatch(/^article-map: SITE_ORIGIN is not set: .* http:\/\/localhost:4173 /);
		}
	});
});

describe('mapPageData', () => {
	afterEach(() => vi.unstubAllEnvs());

	it('reads the city tiles as the settings have them at each call, not once per story', () => {
		vi.stubEnv('BASEMAP_TILES', '');
		expect(mapPageData().cityTiles).toBeNull();
		vi.stubEnv('BASEMAP_TILES', 'https://tiles.example.org/city.json');
		expect(mapPageData().cityTiles).toMatchObject({ url: 'https://tiles.example.org/city.json' });
	});
});
