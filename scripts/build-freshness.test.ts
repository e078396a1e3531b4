import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRecord, recordFile, staleBecause } from './build-freshness.js';

describe('staleBecause', () => {
	const root = mkdtempSync(join(tmpdir(), 'article-map-build-'));
	afterEach(() => vi.unstubAllEnvs());
	const record = (extra: object = {}) =>
		writeFileSync(recordFile(root), JSON.stringify({ ...buildRecord(), ...extra }));

	it('builds when there is no finished build, and not when the build is newer than its sources', () => {
		rmSync(recordFile(root), { force: true });
		expect(staleBecause(root)).toMatch(/has no finished build/);
		record();
		expect(staleBecause(root)).toBeNull();
	});

	it('builds when a source changed since', () => {
		record();
		utimesSync(recordFile(root), new Date(0), new Date(0));
		expect(staleBecause(root)).toMatch(/older than its sources/);
	});

	it('builds when the story folder, the base path or the public origin differ', () => {
		record({ storyDir: '/elsewhere' });
		expect(staleBecause(root)).toMatch(/another storyDir/);
		record();
		vi.stubEnv('BASE_PATH', '/graphics/x');
		expect(staleBecause(root)).toMatch(/another basePath/);
		vi.unstubAllEnvs();
		vi.stubEnv('SITE_ORIGIN', 'https://maps.example.org');
		expect(staleBecause(root)).toMatch(/another siteOrigin/);
	});
});
