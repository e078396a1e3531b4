import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyInput } from '../../../../tests/fixtures/svg/story-input';
import { locatorInset } from './locator';
import { prepareMapInput, viewBounds } from './project';
import { renderMapSvg } from './render';

describe('the story in geo/ at its default view', () => {
	const input = storyInput('geo', 'en', 1000, 700);

	it('renders in under a second, with a group per layer and Almaty named', () => {
		const start = performance.now();
		const svg = renderMapSvg(input);
		expect(performance.now() - start).toBeLessThan(1000);
		for (const layer of input.layers) expect(svg).toContain(`<g data-layer="${layer.id}">`);
		expect(svg).toMatch(/>Almaty</);
		expect(svg).toContain('KAZAKHSTAN');
		expect(svg).not.toMatch(/NaN|Infinity|undefined/);
		// Compact: the basemap's coordinates rounded, nothing outside the view.
		expect(svg.length).toBeLessThan(250_000);
		mkdirSync('/tmp/svg-out', { recursive: true });
		writeFileSync('/tmp/svg-out/map.svg', svg);
		writeFileSync('/tmp/svg-out/locator.svg', locatorInset(input, viewBounds(input.view, 1000, 700)));
	});

	it('draws the Irtysh once at mid zoom: the mid-scale course, and of the 1:50m one only what that does not follow', () => {
		const rivers = prepareMapInput(input).basemap.rivers!;
		const irtysh = (stage: string) => ({
			...rivers,
			features: rivers.features.filter((f) => f.properties?.name_en === 'Irtysh' && f.properties?.midscale === stage)
		});
		expect(irtysh('below').features.length).toBeGreaterThan(0);
		expect(irtysh('beyond').features.length).toBeGreaterThan(0);
		const drawn = (stage: string, zoom: number) =>
			renderMapSvg({ ...input, basemap: { rivers: irtysh(stage) }, view: { center: [76, 52], zoom } }).includes(
				'data-basemap="rivers"'
			);
		// Near Pavlodar: the 1:50m course below the mid-scale zoom only; the Black Irtysh above Zaysan from it only.
		expect([drawn('below', 4), drawn('below', 6)]).toEqual([true, false]);
		const zaysan = (zoom: number) =>
			renderMapSvg({ ...input, basemap: { rivers: irtysh('beyond') }, view: { center: [84.5, 47.9], zoom } }).includes(
				'data-basemap="rivers"'
			);
		expect([zaysan(4), zaysan(6)]).toEqual([false, true]);
	});

	it('draws oblast borders, the named rivers and Kapchagay at /?map=6/50/70, and none of them at the default view', () => {
		const at6 = renderMapSvg({ ...input, view: { center: [70, 50], zoom: 6 } });
		for (const group of ['oblasts', 'waterways']) expect(at6).toContain(`data-basemap="${group}"`);
		const first = renderMapSvg(input);
		for (const group of ['oblasts', 'waterways', 'reservoirs']) expect(first).not.toContain(`data-basemap="${group}"`);
		const almaty = renderMapSvg({ ...input, view: { center: [77.3, 43.9], zoom: 7 } });
		expect(almaty).toContain('data-basemap="reservoirs"');
	});

	it('renders again quickly once prepared, as a print page that re-renders does', () => {
		const prepared = prepareMapInput(input);
		const start = performance.now();
		const svg = renderMapSvg({ ...prepared, view: { center: [76.9, 43.3], zoom: 7 }, lang: 'nl' });
		expect(performance.now() - start).toBeLessThan(500);
		expect(svg).toContain('data-place="almaty-city"');
		expect(svg).toMatch(/>Almaty</);
	});
});
