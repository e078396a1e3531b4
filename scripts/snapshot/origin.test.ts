import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localUrl, parseOrigin, publicOrigin, readBuildInfo, type BuildInfo } from './origin';

const unset: BuildInfo = { basePath: '', origin: 'http://localhost:4173', publicOrigin: null };
const built: BuildInfo = { basePath: '', origin: 'https://maps.example.org', publicOrigin: 'https://maps.example.org' };

describe('publicOrigin', () => {
	it('takes SITE_ORIGIN at snapshot time first', () => {
		expect(publicOrigin('https://news.example.com/', unset)).toEqual({
			origin: 'https://news.example.com',
			notes: []
		});
		expect(publicOrigin('https://maps.example.org', built)).toEqual({ origin: 'https://maps.example.org', notes: [] });
	});

	it('says when the build was made for another origin, whose links the page keeps', () => {
		expect(publicOrigin('https://news.example.com', built).notes).toEqual([
			'the build was made with SITE_ORIGIN=https://maps.example.org: its links point there, not to https://news.example.com (rebuild to change)'
		]);
	});

	it("else takes the build's SITE_ORIGIN, else the address the build assumed, and says so", () => {
		expect(publicOrigin(undefined, built)).toEqual({ origin: 'https://maps.example.org', notes: [] });
		expect(publicOrigin('', unset)).toEqual({
			origin: 'http://localhost:4173',
			notes: ['no SITE_ORIGIN: links point to http://localhost:4173 (set SITE_ORIGIN=https://… to change)']
		});
	});

	it('refuses a SITE_ORIGIN that is no origin', () => {
		for (const bad of ['maps.example.org', 'ftp://x.org', 'https://x.org/maps', 'https://x.org/?a'])
			expect(() => publicOrigin(bad, unset)).toThrow(
				`SITE_ORIGIN must be an origin such as https://maps.example.org, not "${bad}"`
			);
		expect(parseOrigin('HTTP://Example.ORG:8080')).toBe('http://example.org:8080');
	});
});

describe('readBuildInfo', () => {
	const dir = mkdtempSync(join(tmpdir(), 'build-info-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("reads the build's SITE_ORIGIN and base path, with defaults for an older build", () => {
		expect(readBuildInfo(dir)).toEqual(unset);
		writeFileSync(join(dir, '.build-info.json'), JSON.stringify({ storyDir: '/x', basePath: '/kz' }));
		expect(readBuildInfo(dir)).toEqual({ ...unset, basePath: '/kz' });
		writeFileSync(join(dir, '.build-info.json'), JSON.stringify({ basePath: '', siteOrigin: null }));
		expect(readBuildInfo(dir)).toEqual(unset);
		const record = { storyDir: '/x', basePath: '', siteOrigin: 'https://maps.example.org/' };
		writeFileSync(join(dir, '.build-info.json'), JSON.stringify(record));
		expect(readBuildInfo(dir)).toEqual(built);
	});
});

describe('localUrl', () => {
	const local = 'http://127.0.0.1:5000';
	it('maps the public site onto the local server, without the base path', () => {
		const site = { origin: 'https://maps.example.org', basePath: '/graphics/kz' };
		expect(localUrl('https://maps.example.org/graphics/kz/print?place=x', site, local)).toBe(
			'http://127.0.0.1:5000/print?place=x'
		);
		expect(localUrl('https://maps.example.org/graphics/kz', site, local)).toBe('http://127.0.0.1:5000/');
		expect(localUrl('https://maps.example.org/graphics/kz/_app/a.js', site, local)).toBe(
			'http://127.0.0.1:5000/_app/a.js'
		);
		expect(localUrl('http://localhost:4173/', { origin: 'http://localhost:4173', basePath: '' }, local)).toBe(
			'http://127.0.0.1:5000/'
		);
	});

	it('leaves out what lies outside the site', () => {
		const site = { origin: 'https://maps.example.org', basePath: '/graphics/kz' };
		expect(localUrl('https://maps.example.org/graphics/kzx/a.js', site, local)).toBeUndefined();
		expect(localUrl('https://maps.example.org/favicon.ico', site, local)).toBeUndefined();
		expect(localUrl('http://maps.example.org/graphics/kz/', site, local)).toBeUndefined();
		expect(localUrl('https://tiles.example.org/graphics/kz/', site, local)).toBeUndefined();
	});
});
