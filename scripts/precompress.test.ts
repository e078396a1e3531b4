import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const site = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const page = (i: number) => `<!doctype html><title>Plaats ${i}</title>${'<p>Almaty, Nur-Sultan</p>'.repeat(50 + i)}`;

describe('precompress', () => {
	it('compresses a site of many files under a tight descriptor limit (the adapter opened them all at once: EMFILE)', () => {
		mkdirSync(join(site, 'place'));
		for (let i = 0; i < 400; i++) writeFileSync(join(site, 'place', `p${i}.html`), page(i));
		writeFileSync(join(site, 'layers.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [] }));
		writeFileSync(join(site, 'empty.pbf'), '');
		writeFileSync(join(site, 'image.png'), 'not compressed');
		const script = `import(${JSON.stringify(resolve('scripts/precompress.js'))}).then((m) => m.precompress(${JSON.stringify(site)}))`;
		// 64 descriptors: Node and V8 take about 25; 400 pages opened at once need 1,600.
		execFileSync('bash', ['-c', `ulimit -n 64 && node --input-type=module -e '${script}'`], { stdio: 'pipe' });

		for (const i of [0, 199, 399]) {
			const file = join(site, 'place', `p${i}.html`);
			expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page(i));
			expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page(i));
		}
		expect(existsSync(join(site, 'layers.geojson.br'))).toBe(true);
		expect(existsSync(join(site, 'empty.pbf.gz'))).toBe(false);
		expect(existsSync(join(site, 'image.png.gz'))).toBe(false);
	});
});
