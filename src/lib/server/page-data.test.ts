import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteOriginNotice } from '../../../scripts/site-origin.js';
import { siteOrigin } from './page-data';

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
