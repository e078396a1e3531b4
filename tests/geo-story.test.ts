import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../src/lib/server/story';
import { parseStory } from '../src/lib/story/validate';

// What the default story must hold for a reader: the places the article names, mapped honestly.
const story = parseStory(readStoryFiles('geo')).story!;
const layer = (id: string) => story.layers.find((l) => l.id === id)!.features;
const ids = (id: string) => layer(id).map((f) => f.properties.id);
const feature = (id: string) => story.layers.flatMap((l) => l.features).find((f) => f.properties.id === id)!;

describe('the Kazakhstan story', () => {
	it('has the six layers, each with places', () => {
		expect(story.layers.map((l) => l.id).sort()).toEqual(
			['almaty', 'checkpoints', 'context', 'csto-arrivals', 'nur-sultan', 'resource-deposits'].sort()
		);
		for (const l of story.layers) expect(l.features.length, l.id).toBeGreaterThan(0);
	});

	it('maps the Almaty sites of the unrest and the US mission, with a note that it is a consulate', () => {
		expect(ids('almaty')).toEqual(
			expect.arrayContaining([
				'almaty-city',
				'almaty-akimat',
				'almaty-presidential-residence',
				'almaty-republic-square'
			])
		);
		expect(ids('csto-arrivals')).toContain('csto-landing-almaty-airport');
		expect(feature('almaty-us-consulate').properties.note?.en).toMatch(/consulate/i);
	});

	it('maps Nur-Sultan, the Akorda and the US embassy, noting the later rename to Astana', () => {
		expect(ids('nur-sultan')).toEqual(
			expect.arrayContaining(['nur-sultan-city', 'nur-sultan-akorda', 'nur-sultan-us-embassy'])
		);
		expect(JSON.stringify(layer('nur-sultan'))).toMatch(/Astana/);
	});

	it('draws the checkpoints as an area of uncertainty, never as invented pins', () => {
		for (const f of layer('checkpoints')) {
			expect(['city', 'region']).toContain(f.properties.precision);
			expect(f.properties.radiusKm).toBeGreaterThanOrEqual(5);
		}
	});

	it('has deposits of all four resources the article names', () => {
		expect(new Set(layer('resource-deposits').map((f) => f.properties.kind))).toEqual(
			new Set(['oil', 'gas', 'coal', 'uranium'])
		);
	});

	it('shows CSTO flights as dated origin-to-destination routes in January 2022', () => {
		const routes = layer('csto-arrivals').filter((f) => f.geometry.type === 'LineString');
		expect(routes.length).toBeGreaterThanOrEqual(4);
		for (const r of routes) expect(JSON.stringify(r.properties.date)).toMatch(/2022-01-/);
	});

	it('names the places abroad: Moscow, Washington, Geneva, Vietnam, Iraq, and where the protests began', () => {
		expect(ids('context')).toEqual(
			expect.arrayContaining(['moscow', 'us-state-department', 'geneva', 'vietnam', 'iraq', 'zhanaozen'])
		);
	});

	it('gives every quote the editors’ English translation, the same wherever the quote recurs', () => {
		const seen = new Map<string, string>();
		for (const f of story.layers.flatMap((l) => l.features))
			for (const p of f.properties.passages) {
				const en = p.translation?.en;
				expect(en, `${f.properties.id}: “${p.quote}”`).toBeTruthy();
				expect(p.translation?.nl, 'the article is Dutch: no Dutch “translation”').toBeUndefined();
				expect(seen.get(p.quote) ?? en, `“${p.quote}” is translated alike everywhere`).toBe(en);
				seen.set(p.quote, en!);
			}
	});

	it('cites a source for the coordinates of every place, in both languages where it says more than a name', () => {
		for (const f of story.layers.flatMap((l) => l.features)) {
			const source = f.properties.coordSource;
			for (const text of typeof source === 'string' ? [source] : [source.nl, source.en])
				expect(text.length).toBeGreaterThan(10);
		}
	});
});
