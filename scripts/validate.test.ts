import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(storyDir: string) {
	try {
		const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], {
			env: { ...process.env, STORY_DIR: storyDir },
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { code: 0, out: stdout };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
}

describe('npm run validate', () => {
	it('passes the real story', () => {
		const { code, out } = validate('geo');
		expect(out).toMatch(/is valid: 19 blocks, 6 layers, \d+ features/);
		expect(code).toBe(0);
	});

	it('fails a broken story, printing every problem with file, feature and field', () => {
		const { code, out } = validate('tests/fixtures/broken-story');
		expect(code).toBe(1);
		expect(out).toContain('2 problem(s)');
		expect(out).toContain(
			'tests/fixtures/broken-story/layers/cities.geojson: feature "antwerp": properties.passages[0].quote: not found verbatim in block "p2": "Antwerpen"'
		);
		expect(out).toContain(
			'feature "grand-place": geometry.coordinates: [50.8467, 4.3525] looks like [latitude, longitude]'
		);
	});

	it('says so when the story folder does not exist', () => {
		const { code, out } = validate('no/such/folder');
		expect(code).toBe(1);
		expect(out).toMatch(/story folder .*no\/such\/folder does not exist/);
	});
});
