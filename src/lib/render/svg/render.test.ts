import { describe, expect, it } from 'vitest';
import { geoInterpolate } from 'd3-geo';
import { miniInput } from '../../../../tests/fixtures/svg/mini-input';
import { areaFill, basemapColors } from '../symbology';
import { frameFor, prepareMapInput } from './project';
import type { NumberedMarker } from './numbering';
import { basemapLabelOrders, byLanguage, renderMapSvg } from './render';

/** Almaty as the print sheet numbers it (numberedMarkers), on its spot. */
const numberedAlmaty = (n: number, spotlight = false): NumberedMarker[] => [
	{ id: 'almaty', n, color: '#1d4ed8', shape: 'circle', r: 10, x: 500, y: 350, at: [500, 350], spotlight }
];

const layerGroups = (svg: string) => [...svg.matchAll(/<g data-layer="([^"]+)">/g)].map((m) => m[1]);

describe('renderMapSvg', () => {
	it('is one standalone SVG of the container’s size', () => {
		const svg = renderMapSvg(miniInput());
		expect(svg).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1000" height="700" viewBox="0 0 1000 700"/
		);
		expect(svg.endsWith('</svg>')).toBe(true);
		expect(svg.match(/<svg/g)).toHaveLength(1);
	});

	it('draws the story layers in order, first at the bottom, above the basemap', () => {
		const svg = renderMapSvg(miniInput());
		expect(layerGroups(svg)).toEqual(['cities', 'routes']);
		expect(svg.indexOf('data-basemap="labels"')).toBeLessThan(svg.indexOf('data-layer="cities"'));
	});

	it('leaves hidden layers out entirely', () => {
		const svg = renderMapSvg(miniInput({ hidden: ['routes'] }));
		expect(layerGroups(svg)).toEqual(['cities']);
		expect(svg).not.toContain('flight');
	});

	it('draws the chosen place once more above every layer, ringed, its marker larger or its number kept', () => {
		const almaty = {
			id: 'almaty',
			layer: 'cities',
			center: [76.9, 43.3] as [number, number],
			precision: 'site' as const
		};
		const plain = renderMapSvg(miniInput());
		expect(plain).not.toContain('data-spotlight');
		const svg = renderMapSvg(miniInput({ spotlight: [almaty] }));
		const ring = /<g data-spotlight=""><circle[^>]* r="17"[^>]* stroke="#[0-9a-f]{6}"[^>]*\/><polygon/.exec(svg);
		expect(ring).not.toBeNull();
		// Above the story layers: after the last layer's group.
		expect(svg.indexOf('data-spotlight')).toBeGreaterThan(svg.indexOf('data-layer="routes"'));
		// Numbered for print, it is drawn once, numbered, in its ring.
		const numbered = renderMapSvg(miniInput({ spotlight: [almaty], numbered: numberedAlmaty(3, true) }));
		expect(numbered).toMatch(/<g data-spotlight=""><circle[^>]*\/><g data-place="almaty"><g data-number="3">/);
		expect(numbered.match(/data-spotlight/g)).toHaveLength(1);
		// A place of a hidden layer is not spotlit.
		expect(renderMapSvg(miniInput({ spotlight: [almaty], hidden: ['cities'] }))).not.toContain('data-spotlight');
	});

	it('draws the focus country lighter, in the basemap’s own colours', () => {
		const focus = renderMapSvg(miniInput());
		expect(focus).toContain(`data-basemap="countries-focus" fill="${basemapColors.focusLand}"`);
		expect(renderMapSvg(miniInput({ focus: [] }))).not.toContain('countries-focus');
	});

	it('escapes names from the data: markup never reaches the SVG', () => {
		const svg = renderMapSvg(miniInput({ view: { center: [76.9, 43.3], zoom: 6 } }));
		const nl = renderMapSvg(miniInput({ lang: 'nl' }));
		const en = renderMapSvg(miniInput());
		expect(en).not.toContain('<script>');
		expect(en).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(nl).toContain('Meer &amp; &quot;zee&quot; &#39;x&#39;');
		expect(svg).toContain('Almaty &lt;b&gt;&amp;&lt;/b&gt;');
		expect(svg).not.toContain('<b>');
	});

	it('labels the basemap in the interface language, local name on a smaller second line', () => {
		const svg = renderMapSvg(miniInput({ lang: 'nl' }));
		expect(svg).toMatch(/<tspan[^>]*>KAZACHSTAN<\/tspan><tspan[^>]* font-size="11.05">ҚАЗАҚСТАН<\/tspan>/);
	});

	it('shows basemap label ranks by zoom, as the interactive style does', () => {
		const at = (zoom: number) => renderMapSvg(miniInput({ view: { center: [70, 48], zoom }, hidden: ['cities'] }));
		expect(at(2.5)).not.toContain('Nur-Sultan');
		expect(at(3.5)).toContain('Nur-Sultan');
		expect(at(3.5)).not.toContain('Karaganda');
		expect(at(4.5)).toContain('Karaganda');
	});

	it('names the oblasts from zoom 4.5, in capitals, in the language, after the basemap’s labels and never over one', () => {
		const oblast = (name_en: string, name_nl: string, at: [number, number]) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: at },
			properties: { kind: 'oblast', name_en, name_nl }
		});
		const oblasts = {
			type: 'FeatureCollection' as const,
			features: [
				oblast('Karaganda Region', 'Karaganda', [70.5, 48.5]),
				// On top of the basemap's label of Astana: the label keeps its place.
				oblast('Akmola Region', 'Akmola', [71.43, 51.13])
			]
		};
		const at = (zoom: number, lang: 'nl' | 'en') =>
			renderMapSvg(
				miniInput({
					basemap: { ...miniInput().basemap, oblasts },
					view: { center: [71, 50], zoom },
					width: 1000,
					height: 700,
					lang
				})
			);
		const names = (svg: string) =>
			[...(/<g data-basemap="oblast-names">(.*?)<\/g>/.exec(svg)?.[1] ?? '').matchAll(/<text[^>]*>(.*?)<\/text>/g)].map(
				(t) => [...t[1]!.matchAll(/<tspan[^>]*>([^<]+)</g)].map((m) => m[1]).join(' ')
			);
		expect(names(at(4, 'en'))).toEqual([]);
		expect(names(at(5, 'en'))).toEqual(['KARAGANDA REGION']);
		expect(names(at(5, 'nl'))).toEqual(['KARAGANDA']);
		expect(at(5, 'en')).toContain('>Nur-Sultan</tspan>');
		expect(at(5, 'en')).toMatch(/<g data-basemap="oblast-names"><text[^>]*fill="#7a7264"[^>]*letter-spacing/);
		expect(at(5, 'en').indexOf('data-basemap="labels"')).toBeLessThan(
			at(5, 'en').indexOf('data-basemap="oblast-names"')
		);
	});

	/** The basemap labels of a drawing made for `labelScales`: each label's scales and text. */
	const scaledLabels = (svg: string) =>
		[...svg.matchAll(/<g transform="translate\([^ ]+ [^)]+\)" data-in="([^"]+)">(<text.*?<\/text>)<\/g>/g)].map(
			(m) => ({
				in: (m[1] ?? '').split(' '),
				text: m[2] ?? '',
				names: [...(m[2] ?? '').matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)].map((t) => t[1])
			})
		);

	it('draws the basemap labels of each scale it will be shown at once each: their size at scale 1, the ranks shown there', () => {
		const svg = renderMapSvg(miniInput({ lang: 'en', view: { center: [70, 48], zoom: 3.5 }, labelScales: [0.5, 1] }));
		expect(svg).toContain('<g data-basemap="labels" data-label-scales="0.5 1">');
		const labels = scaledLabels(svg);
		const shownAt = (s: string) => labels.filter((l) => l.in.includes(s)).flatMap((l) => l.names);
		// Shown at half its size, the drawing is at zoom 2.5 on screen: rank 1 only.
		expect(shownAt('0.5')).not.toContain('Nur-Sultan');
		expect(shownAt('1')).toContain('Nur-Sultan');
		// Each label once, at its size on screen at scale 1 (the page's CSS scales it by 1 / the scale shown).
		const kazakhstan = labels.filter((l) => l.names.includes('KAZAKHSTAN'));
		expect(kazakhstan).toHaveLength(1);
		expect(kazakhstan[0]!.in).toEqual(['0.5', '1']);
		expect(kazakhstan[0]!.text).toMatch(/^<text font-size="13"/);
		// Without scales: the labels for the drawing's own size, in place, as before.
		const plain = renderMapSvg(miniInput());
		expect(plain).not.toContain('data-in=');
		expect(plain).toContain('<g data-basemap="labels"><text');
	});

	it('orders the basemap labels so that those each scale shows come first, each scale’s holding the smaller one’s', () => {
		const input = miniInput({ lang: 'en', view: { center: [70, 48], zoom: 3.5 }, labelScales: [0.5, 1] });
		const order = basemapLabelOrders(input).en!;
		const fc = input.basemap.labels!;
		expect([...order].sort((a, b) => a - b)).toEqual(fc.features.map((_, i) => i));
		const ordered = {
			...fc,
			features: fc.features.map((f, i) => ({ ...f, properties: { ...f.properties, order_en: order[i] } }))
		};
		const labels = scaledLabels(renderMapSvg({ ...input, basemap: { ...input.basemap, labels: ordered } }));
		const half = labels.filter((l) => l.in.includes('0.5'));
		expect(half.length).toBeGreaterThan(0);
		expect(labels.filter((l) => l.in.includes('1')).length).toBeGreaterThan(half.length);
		for (const l of half) expect(l.in).toContain('1');
	});

	it('labels story places from zoom 5, like the interactive map', () => {
		expect(renderMapSvg(miniInput())).not.toContain('>Almaty');
		expect(renderMapSvg(miniInput({ view: { center: [76.9, 43.3], zoom: 6 } }))).toContain('>Almaty');
	});

	it('draws a numbered marker with its number as text of at least 12 px', () => {
		const svg = renderMapSvg(miniInput({ numbered: numberedAlmaty(7) }));
		const marker = svg.match(/<g data-number="7">.*?<\/g>/)?.[0] ?? '';
		expect(marker).toMatch(/<circle[^>]*r="10"/);
		const text = marker.match(/<text([^>]*)>7<\/text>/);
		expect(text).not.toBeNull();
		expect(Number(text?.[1]?.match(/font-size="([\d.]+)"/)?.[1])).toBeGreaterThanOrEqual(12);
	});

	it('draws markers in the layer’s shape and colour, routes dashed with arrowheads in the kind’s colour', () => {
		const svg = renderMapSvg(miniInput());
		expect(svg).toMatch(/<g data-place="almaty"><polygon points="[^"]+" fill="#1d4ed8"/);
		expect(svg).toMatch(
			/<path data-place="flight" fill="none" stroke="#0e7490" stroke-width="2.5" stroke-linecap="round" stroke-dasharray="10 5"/
		);
		const heads = svg.match(/<polygon[^>]*fill="#0e7490"/g) ?? [];
		expect(heads.length).toBeGreaterThanOrEqual(2);
	});

	it('fades an area by its precision and dashes its outline', () => {
		const svg = renderMapSvg(miniInput());
		expect(svg).toMatch(/<path data-place="almaty" fill="#1d4ed8" fill-opacity="0.1" d="M/);
		expect(svg).toMatch(
			/<path data-place="almaty" fill="none" stroke="#1d4ed8" stroke-width="1.5" stroke-dasharray="4.5 3" d="M/
		);
	});

	it('fades an area that covers the view to its outline, as the interactive map does, by its cover zoom', () => {
		const fill = (zoom: number, cover_zoom?: number) => {
			const input = miniInput({ view: { center: [77, 43.5], zoom } });
			const area = input.display.cities!.features[1]!;
			area.properties = { ...area.properties, cover_zoom };
			const svg = renderMapSvg(input);
			const path = svg.match(/<path data-place="almaty" fill="#1d4ed8"[^>]*>/)?.[0] ?? '';
			return { opacity: Number(/fill-opacity="([^"]+)"/.exec(path)?.[1]), path, svg };
		};
		// Region precision: 0.1 while small, nothing once the area spans the view, and half a zoom before, half of it.
		expect(fill(6, 9).opacity).toBe(0.1);
		expect(fill(9, 9).opacity).toBe(0);
		expect(fill(8.5, 9).opacity).toBeCloseTo(0.05, 3);
		expect(fill(8.3, 8.6).opacity).toBeCloseTo(0.1 * areaFill(8.3, 8.6), 3);
		expect(fill(8, 8.6).path).toContain('data-cover="8.6"');
		expect(fill(8, 8.6).path).toContain('data-opacity="0.1"');
		// The outline stays, dashed as ever.
		expect(fill(8, 8.6).svg).toMatch(/<path data-place="almaty" fill="none" stroke="#1d4ed8" stroke-width="1.5"/);
		// Without a cover zoom (display features from elsewhere), the fill by precision alone.
		expect(fill(10).opacity).toBe(0.1);
	});

	it('drops what lies outside the view and rounds coordinates to one decimal', () => {
		const svg = renderMapSvg(miniInput({ view: { center: [0, 0], zoom: 5 } }));
		expect(layerGroups(svg)).toEqual(['cities', 'routes']);
		expect(svg).not.toContain('data-place');
		const inView = renderMapSvg(miniInput({ pin: { lat: 48.123, lon: 67.456 } }));
		const geometry = [...inView.matchAll(/ (?:d|points|cx|cy|x|y|transform)="([^"]+)"/g)].map((m) => m[1]);
		expect(geometry.length).toBeGreaterThan(10);
		for (const value of geometry) expect(value).not.toMatch(/\.\d\d/);
	});

	it('draws the pin with its tip on the spot', () => {
		const svg = renderMapSvg(miniInput({ pin: { lat: 48.2, lon: 67.5 } }));
		expect(svg).toContain('<g data-pin="" transform="translate(500 350)">');
	});

	it('renders a prepared input the same, so callers can prepare once', () => {
		const input = miniInput({ numbered: numberedAlmaty(3) });
		expect(renderMapSvg(prepareMapInput(input))).toBe(renderMapSvg(input));
	});

	it('labels in several languages: the same ones once, the others in a group per language', () => {
		const both = renderMapSvg(miniInput({ lang: ['nl', 'en'] }));
		const group = (svg: string, lang: string) =>
			svg.match(new RegExp(`<g lang="${lang}">(.*?)</g>`, 'g'))?.join('') ?? '';
		expect(group(both, 'nl')).toContain('KAZACHSTAN');
		expect(group(both, 'en')).toContain('KAZAKHSTAN');
		expect(group(both, 'nl') + group(both, 'en')).not.toContain('Nur-Sultan');
		expect(both.match(/>Nur-Sultan</g)).toHaveLength(1);
		// A story label that differs goes in its layer, in each language's group.
		const near = renderMapSvg(miniInput({ lang: ['nl', 'en'], view: { center: [76.9, 43.3], zoom: 6 } }));
		const cities = near.slice(near.indexOf('data-layer="cities"'), near.indexOf('data-layer="routes"'));
		expect(group(cities, 'nl')).toMatch(/>Almaty<\/tspan>/);
		expect(group(cities, 'en')).toContain('>Almaty &lt;b&gt;');
		// One language is drawn as before, with no groups.
		expect(renderMapSvg(miniInput({ lang: ['nl'] }))).toBe(renderMapSvg(miniInput({ lang: 'nl' })));
		expect(renderMapSvg(miniInput({ lang: 'nl' }))).not.toContain('<g lang=');
	});
});

describe('byLanguage', () => {
	it('keeps the labels every language shares in their order, and groups the rest by language', () => {
		expect(
			byLanguage(
				['nl', 'en'],
				[
					['<a/>', '<nl/>', '<b/>'],
					['<a/>', '<b/>', '<en/>']
				]
			)
		).toBe('<a/><b/><g lang="nl"><nl/></g><g lang="en"><en/></g>');
		expect(byLanguage(['nl', 'en'], [['<a/>'], ['<a/>']])).toBe('<a/>');
		expect(byLanguage(['nl'], [['<a/>', '<b/>']])).toBe('<a/><b/>');
	});
});

describe('a route in a drawing of rounded steps (the vector map)', () => {
	it('stays within a tenth of a pixel of its line: the drawing is shown up to 4.6 times enlarged', () => {
		// A long flight, as displayFeatures gives it: its great circle in 100 steps, drawn straight between them.
		const along = geoInterpolate([40, 56], [76.9, 43.3]);
		const line = Array.from({ length: 101 }, (_, i) => along(i / 100));
		const plain = miniInput();
		const routes = plain.display.routes!;
		const flight = { ...routes.features[0]!, geometry: { type: 'LineString' as const, coordinates: line } };
		const input = miniInput({ steps: 2, display: { ...plain.display, routes: { ...routes, features: [flight] } } });
		const d = renderMapSvg(input).match(/<path data-place="flight"[^>]* d="([^"]+)"/)![1]!;
		let [x, y] = [0, 0];
		const drawn = [...d.matchAll(/([Ml])(-?[\d.]+) (-?[\d.]+)/g)].map(([, cmd, a, b]) => {
			[x, y] = cmd === 'M' ? [Number(a), Number(b)] : [x + Number(a), y + Number(b)];
			return [x, y] as const;
		});
		expect(drawn.length).toBeGreaterThan(20);
		const { projection } = frameFor(input.view, input.width, input.height);
		const exact = line.map((p) => projection(p as [number, number])!);
		// The distance of a drawn point to the exact line, segment by segment.
		const toSegment = ([px, py]: readonly [number, number], [ax, ay]: number[], [bx, by]: number[]) => {
			const [dx, dy] = [bx! - ax!, by! - ay!];
			const t = Math.max(0, Math.min(1, ((px - ax!) * dx + (py - ay!) * dy) / (dx * dx + dy * dy || 1)));
			return Math.hypot(px - ax! - t * dx, py - ay! - t * dy);
		};
		const off = (p: readonly [number, number]) => Math.min(...exact.slice(1).map((b, i) => toSegment(p, exact[i]!, b)));
		expect(Math.max(...drawn.map(off))).toBeLessThan(0.1);
	});
});
