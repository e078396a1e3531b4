import { booleanPointInPolygon, distance } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryOutlines } from '../src/lib/server/basemap';
import { readStoryFiles } from '../src/lib/server/story';
import { displayFeatures } from '../src/lib/story/display';
import { uncertaintyCentre } from '../src/lib/story/uncertainty';
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

	describe('the fact-check of issue 19', () => {
		const props = (id: string) => feature(id).properties;
		const area = (id: string) =>
			displayFeatures([feature(id)], countryOutlines('geo')).features.find((f) => f.properties.role === 'area')
				?.geometry as Polygon | MultiPolygon | undefined;

		it('draws the uranium provinces’ circle round every deposit its detail names, Tortkuduk and Mynkuduk included', () => {
			const p = props('chu-sarysu-syrdarya-uranium');
			const names = (p.detailPoints ?? []).map((d) => d.name).join(' ');
			expect(names).toMatch(/Tortkuduk/);
			expect(names).toMatch(/Mynkuduk/);
			expect(names).toMatch(/Zarechnoye/);
			const { center } = uncertaintyCentre(feature(p.id))!;
			for (const d of p.detailPoints!) expect(distance(center, d.coordinates), d.name).toBeLessThanOrEqual(p.radiusKm!);
			expect(p.detail?.en).not.toMatch(/within 200 km of Kyzylorda/);
		});

		it('puts a flight’s circle at its vague end: the landing for Belarus and Tajikistan, the start for Ulyanovsk', () => {
			for (const id of ['csto-flight-belarus', 'csto-flight-tajikistan']) {
				expect(props(id).uncertainAt, id).toBe('destination');
				expect(props(id).detail?.en).toBeTruthy();
			}
			const ulyanovsk = props('csto-flight-russia-ulyanovsk');
			expect(ulyanovsk.radiusKm).toBe(45);
			expect(ulyanovsk.detailPoints?.map((d) => d.name).join(' ')).toMatch(/Baratayevka/);
		});

		it('maps the Kyrgyz flight Kant – Almaty as reported: a site-precise route with no circle', () => {
			const p = props('csto-flight-kyrgyzstan');
			expect(p.precision).toBe('site');
			expect(p.radiusKm).toBeUndefined();
			expect(`${p.note?.en ?? ''} ${p.coordSource}`).not.toMatch(/not (reported|named)/);
			expect(area(p.id)).toBeUndefined();
		});

		it('says the sources differ on what the Tajik unit guarded, and no longer lands it in Almaty for certain', () => {
			expect(props('csto-flight-tajikistan').detail?.en).toMatch(/TPP-1.*oil depot|oil depot.*TPP-1/);
			expect(props('csto-landing-almaty-airport').detail?.en).not.toMatch(/Tajik units also came through Almaty/);
			expect(props('csto-flight-belarus').detail?.en).not.toMatch(/company/);
		});

		it('draws Kashagan as an area of about 40 km, producing commercially since 2016', () => {
			const p = props('kashagan-oil-field');
			expect(p.precision).toBe('region');
			expect(p.radiusKm).toBe(40);
			expect(p.detail?.en).toMatch(/2016/);
			expect(props('tengiz-oil-field').detail?.nl).not.toMatch(/grootste deel/);
			expect(props('tengiz-oil-field').note?.en).toMatch(/1\.7/);
			expect(props('russian-foreign-ministry').detail?.en).not.toMatch(/offensive/);
		});

		it('draws Vietnam, Russia and the United States as their outlines, each holding its capital', () => {
			const capitals: Record<string, Position> = {
				vietnam: [105.85, 21.03],
				russia: [37.62, 55.75],
				'united-states': [-77.04, 38.9]
			};
			for (const [id, capital] of Object.entries(capitals)) {
				expect(props(id).precision, id).toBe('country');
				const g = area(id);
				expect(g?.type, id).toBe('MultiPolygon');
				expect(booleanPointInPolygon(capital, g!), id).toBe(true);
			}
			expect(booleanPointInPolygon([106.7, 10.8], area('vietnam')!), 'Ho Chi Minh City').toBe(true);
		});

		it('maps the countries and the security service the article names but no place quoted', () => {
			expect(JSON.stringify(props('russia').passages)).toMatch(/Rusland/);
			expect(JSON.stringify(props('united-states').passages)).toMatch(/de VS/);
			const knb = props('nur-sultan-knb');
			expect(ids('nur-sultan')).toContain('nur-sultan-knb');
			expect(knb.passages.map((p) => p.id)).toContain('p2');
			expect(['city', 'region']).toContain(knb.precision);
		});
	});
});
