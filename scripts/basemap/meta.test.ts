import { describe, expect, it } from 'vitest';
import { buildMeta } from './meta';

const input = {
	region: [2, 49, 7, 52] as [number, number, number, number],
	counts: { 'countries.geojson': 3 },
	versions: { worldAtlas: '2.0.2', saneTopojson: '4.0.0' }
};

describe('meta', () => {
	it('records the bbox, the feature counts and the package versions', () => {
		const meta = buildMeta({ ...input, checkedCaspian: false });
		expect(meta.bbox).toEqual([2, 49, 7, 52]);
		expect(meta.files['countries.geojson']?.features).toBe(3);
		expect(meta.files['labels.geojson']?.features).toBe(0);
		expect(meta.sources.map((s) => s.version)).toEqual(['4.1.0', '2.0.2', '4.0.0', '4.1', '2.3.7', null]);
	});

	it('mentions the Caspian check only when the build made it', () => {
		const caspian = (checkedCaspian: boolean) =>
			buildMeta({ ...input, checkedCaspian }).notes.filter((note) => note.includes('[51, 42]'));
		expect(caspian(true)).toHaveLength(1);
		expect(caspian(false)).toEqual([]);
	});
});
