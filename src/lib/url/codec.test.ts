import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langs } from '../i18n';
import { MAX_LATITUDE } from '../render/mercator';
import { encodeView, mapDecimals, MAX_VIEW_ZOOM, parseView } from './codec';
import { viewKeys, type IgnoredReason, type ParsedView, type ViewContext, type ViewState } from './view-state';

const ctx: ViewContext = {
	places: ['almaty-akimat', 'almaty-city', 'nur-sultan-city'],
	passages: ['p1', 'p2', 'p3'],
	layers: ['almaty', 'context', 'protests']
};
const parse = (search: string | URLSearchParams) => parseView(search, ctx);
const reasons: readonly IgnoredReason[] = ['unknown', 'malformed', 'outside', 'clamped', 'repeated', 'unexpected'];
const hostile = ['<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>'];

const inRange = (n: number | undefined, min: number, max: number) =>
	n === undefined || (Number.isFinite(n) && !Object.is(n, -0) && n >= min && n <= max);

/** What every parse must give, whatever came in: finite numbers in range, ids from the story, short keys. */
function problems({ state, ignored }: ParsedView): string[] {
	const { map, pin, layers } = state;
	const checks: [boolean, string][] = [
		[Object.keys(state).every((key) => (viewKeys as readonly string[]).includes(key)), 'stray field'],
		[
			!map ||
				(inRange(map.zoom, 0, MAX_VIEW_ZOOM) &&
					inRange(map.lat, -MAX_LATITUDE, MAX_LATITUDE) &&
					inRange(map.lon, -180, 180)),
			'map'
		],
		[!map || (inRange(map.bearing, -180, 180) && map.bearing !== -180 && map.bearing !== 0), 'bearing'],
		[!map || (inRange(map.pitch, 0, 85) && map.pitch !== 0), 'pitch'],
		[!pin || (inRange(pin.lat, -90, 90) && inRange(pin.lon, -180, 180)), 'pin'],
		[state.day === undefined || /^\d{4}-\d{2}-\d{2}$/.test(state.day), 'day'],
		[state.place === undefined || ctx.places.includes(state.place), 'place'],
		[state.passage === undefined || ctx.passages.includes(state.passage), 'passage'],
		[state.lang === undefined || langs.includes(state.lang), 'lang'],
		[!layers || layers.join() === ctx.layers.filter((id) => layers.includes(id)).join(), 'layers'],
		[ignored.every(({ key, reason }) => Array.from(key).length <= 40 && reasons.includes(reason)), 'ignored'],
		[new Set(ignored.map((i) => `${i.key}\n${i.reason}`)).size === ignored.length, 'ignored twice']
	];
	return checks.filter(([ok]) => !ok).map(([, what]) => what);
}
const isValid = (parsed: ParsedView) => problems(parsed).length === 0;

describe('parseView', () => {
	const full =
		'map=5.00/43.2380/76.9450&place=almaty-akimat&passage=p2&layers=almaty,context&lang=en&pin=43.25000,76.95000';
	const fullState: ViewState = {
		map: { zoom: 5, lat: 43.238, lon: 76.945 },
		place: 'almaty-akimat',
		passage: 'p2',
		layers: ['almaty', 'context'],
		lang: 'en',
		pin: { lat: 43.25, lon: 76.95 }
	};

	it('reads every parameter, with or without a leading ?, as a string or as URLSearchParams', () => {
		for (const search of [full, `?${full}`, new URLSearchParams(full)]) {
			expect(parse(search)).toEqual({ state: fullState, ignored: [] });
		}
	});

	it('reads parameters in any order', () => {
		const reversed = full.split('&').reverse().join('&');
		expect(parse(reversed)).toEqual({ state: fullState, ignored: [] });
	});

	it('gives an empty view for an empty query', () => {
		expect(parse('')).toEqual({ state: {}, ignored: [] });
		expect(parse('?')).toEqual({ state: {}, ignored: [] });
	});

	describe('map', () => {
		it('reads bearing and pitch, and leaves them out when 0', () => {
			expect(parse('map=3/10/20/45/30').state.map).toEqual({ zoom: 3, lat: 10, lon: 20, bearing: 45, pitch: 30 });
			expect(parse('map=3/10/20/0/0').state.map).toEqual({ zoom: 3, lat: 10, lon: 20 });
			expect(parse('map=3/10/20/0.0/12.5').state.map).toEqual({ zoom: 3, lat: 10, lon: 20, pitch: 12.5 });
		});

		it.each([
			['NaN', 'NaN/1/2'],
			['Infinity', '2/Infinity/3'],
			['a word', 'far/1/2'],
			['an empty part', '2//3'],
			['an empty value', ''],
			['two parts', '2/3'],
			['four parts', '2/3/4/5'],
			['six parts', '2/3/4/5/6/7'],
			['an exponent', '1e1/2/3'],
			['hex', '0x10/2/3'],
			['a leading +', '+5/2/3'],
			['a bare dot', '.5/2/3'],
			['a trailing dot', '5./2/3'],
			['spaces', ' 5/2/3'],
			['a comma decimal', '5,5/2/3'],
			['400 digits (Infinity)', `${'9'.repeat(400)}/2/3`]
		])('ignores the whole map for %s, and keeps the rest', (_, value) => {
			expect(parse(`map=${value}&lang=nl`)).toEqual({
				state: { lang: 'nl' },
				ignored: [{ key: 'map', reason: 'malformed' }]
			});
		});

		it.each([
			['zoom 99', '99/10/20'],
			['zoom 22, past what the map can show', '22/10/20'],
			['zoom 18.01', '18.01/10/20'],
			['zoom -1', '-1/10/20'],
			['latitude 200', '4/200/20'],
			['latitude 85.06, past Web Mercator', '4/85.06/20'],
			['latitude -90', '4/-90/20']
		])('ignores a camera outside what the map can show (%s), never clamping it onto an empty map', (_, value) => {
			expect(parse(`map=${value}&lang=en`)).toEqual({
				state: { lang: 'en' },
				ignored: [{ key: 'map', reason: 'outside' }]
			});
		});

		describe('within the story', () => {
			// The story's region, and two places far outside it (Washington and Geneva, say).
			const story: ViewContext = {
				...ctx,
				extents: [
					[20, 25, 100, 62],
					[-77.05, 38.89, -77.05, 38.89],
					[6.15, 46.2, 6.15, 46.2]
				]
			};
			const read = (map: string) => parseView(`map=${map}`, story);

			it.each([
				['the region', '11/43.24/76.9'],
				['a place far outside the region, close up', '16/38.8944/-77.0484'],
				['beside a place far outside the region, at a city zoom', '11/38.95/-77.05'],
				['the whole world', '0/0/0'],
				['the ocean, zoomed out far enough to see the story', '3/0/-30'],
				['a longitude given beyond 180°', '11/43.24/436.9']
			])('reads a camera on %s', (_, map) => {
				expect(read(map).state.map).toBeDefined();
			});

			it.each([
				['the South Atlantic, close up', '11/-40/-20'],
				['Sydney, at a city zoom', '10/-33.87/151.21'],
				['the Arctic Ocean beside the region', '8/80/60'],
				['a street of Washington 5 km from the place', '16/38.94/-77.05']
			])('ignores a camera that shows nothing of the story: %s', (_, map) => {
				expect(read(map)).toEqual({ state: {}, ignored: [{ key: 'map', reason: 'outside' }] });
			});
		});

		it.each([
			['longitude 190', '4/10/190', { zoom: 4, lat: 10, lon: -170 }],
			['longitude 540', '4/10/540', { zoom: 4, lat: 10, lon: 180 }],
			['longitude -370', '4/10/-370', { zoom: 4, lat: 10, lon: -10 }],
			['bearing 270', '4/10/20/270/0', { zoom: 4, lat: 10, lon: 20, bearing: -90 }],
			['bearing -180', '4/10/20/-180/0', { zoom: 4, lat: 10, lon: 20, bearing: 180 }],
			['bearing 360', '4/10/20/360/0', { zoom: 4, lat: 10, lon: 20 }],
			['pitch 90', '4/10/20/0/90', { zoom: 4, lat: 10, lon: 20, pitch: 85 }],
			['pitch -5', '4/10/20/0/-5', { zoom: 4, lat: 10, lon: 20 }]
		])('brings %s into range and says so', (_, value, map) => {
			expect(parse(`map=${value}`)).toEqual({ state: { map }, ignored: [{ key: 'map', reason: 'clamped' }] });
		});

		it('keeps the edges of each range without a notice', () => {
			expect(parse(`map=${MAX_VIEW_ZOOM}/85.0511/180/180/85`)).toEqual({
				state: { map: { zoom: MAX_VIEW_ZOOM, lat: 85.0511, lon: 180, bearing: 180, pitch: 85 } },
				ignored: []
			});
			expect(parse('map=0/-85.0511/-180').ignored).toEqual([]);
		});

		it('reads -0 as 0, and leading zeros as plain numbers', () => {
			const { map } = parse('map=-0/-0.0/-0/-0/-0').state;
			expect(map).toEqual({ zoom: 0, lat: 0, lon: 0 });
			expect(Object.is(map?.lat, -0) || Object.is(map?.lon, -0) || Object.is(map?.zoom, -0)).toBe(false);
			expect(parse('map=05/007.50/-010').state.map).toEqual({ zoom: 5, lat: 7.5, lon: -10 });
		});
	});

	describe('place and passage', () => {
		it.each(['place', 'passage'])('ignores an unknown, empty or hostile %s', (key) => {
			for (const value of ['moscow', '', 'ALMATY-AKIMAT', 'almaty-akimat ', 'алматы', ...hostile]) {
				const search = new URLSearchParams({ [key]: value, lang: 'en' });
				expect(parse(search)).toEqual({ state: { lang: 'en' }, ignored: [{ key, reason: 'unknown' }] });
			}
		});

		it('keeps a known passage', () => {
			expect(parse('passage=p3').state).toEqual({ passage: 'p3' });
		});
	});

	describe('layers', () => {
		it('keeps the known ids in the story order, once each', () => {
			expect(parse('layers=protests,almaty,protests').state.layers).toEqual(['almaty', 'protests']);
		});

		it('reports unknown ids once and keeps the known ones', () => {
			expect(parse('layers=almaty,nonsense,other')).toEqual({
				state: { layers: ['almaty'] },
				ignored: [{ key: 'layers', reason: 'unknown' }]
			});
		});

		it('drops the field (all layers) when no id is known', () => {
			expect(parse('layers=nonsense')).toEqual({ state: {}, ignored: [{ key: 'layers', reason: 'unknown' }] });
		});

		it('reads an empty list as every layer hidden', () => {
			expect(parse('layers=')).toEqual({ state: { layers: [] }, ignored: [] });
			expect(parse('layers=,,')).toEqual({ state: { layers: [] }, ignored: [] });
		});

		it('skips empty items', () => {
			expect(parse('layers=,context,,almaty,')).toEqual({ state: { layers: ['almaty', 'context'] }, ignored: [] });
		});
	});

	describe('lang', () => {
		it('keeps nl and en only, case-sensitive', () => {
			expect(parse('lang=nl').state).toEqual({ lang: 'nl' });
			for (const value of ['de', 'EN', '', 'en ', 'en+']) {
				expect(parse(`lang=${value}`)).toEqual({ state: {}, ignored: [{ key: 'lang', reason: 'unknown' }] });
			}
		});
	});

	describe('pin', () => {
		it('keeps a pin in range, -0 as 0', () => {
			expect(parse('pin=-33.5,-70.25').state.pin).toEqual({ lat: -33.5, lon: -70.25 });
			expect(parse('pin=90,-180').state.pin).toEqual({ lat: 90, lon: -180 });
			expect(Object.is(parse('pin=-0,-0').state.pin?.lat, -0)).toBe(false);
		});

		it.each(['200,10', '10,-181', '90.00001,0', 'NaN,1', '1', '1,2,3', '', '1e1,2', '1;2', '1 ,2'])(
			'ignores pin=%s instead of moving it',
			(value) => {
				expect(parse(`pin=${value}`)).toEqual({ state: {}, ignored: [{ key: 'pin', reason: 'malformed' }] });
			}
		);
	});

	describe('day', () => {
		it('keeps a calendar day, and writes it back as it came', () => {
			expect(parse('day=2022-01-06')).toEqual({ state: { day: '2022-01-06' }, ignored: [] });
			expect(encodeView({ day: '2022-01-06', lang: 'en' })).toBe('lang=en&day=2022-01-06');
		});

		it.each(['2022-02-30', '2022-1-6', '06-01-2022', '2022-01-06T00:00', '', 'yesterday', '<b>'])(
			'ignores day=%s, and the timeline shows all days',
			(value) => {
				expect(parse(`day=${value}`)).toEqual({ state: {}, ignored: [{ key: 'day', reason: 'malformed' }] });
				expect(encodeView({ day: value })).toBe('');
			}
		);
	});

	describe('repeated and unexpected keys', () => {
		it('counts the first value, even a bad one, and reports the repeat once', () => {
			expect(parse('place=moscow&place=almaty-city&place=almaty-akimat')).toEqual({
				state: {},
				ignored: [
					{ key: 'place', reason: 'unknown' },
					{ key: 'place', reason: 'repeated' }
				]
			});
			expect(parse('lang=en&lang=nl').state.lang).toBe('en');
		});

		it('reports an unknown key once, but not the print and embed keys', () => {
			expect(parse('zoom=3&paper=a4&orient=landscape&embed=1&zoom=4&Map=1/2/3')).toEqual({
				state: {},
				ignored: [
					{ key: 'zoom', reason: 'unexpected' },
					{ key: 'Map', reason: 'unexpected' }
				]
			});
		});

		it('cuts a reported key to 40 characters, without splitting an emoji', () => {
			const { ignored } = parse(`${'k'.repeat(10_000)}=1&${'😀'.repeat(50)}=2`);
			expect(ignored).toEqual([
				{ key: 'k'.repeat(40), reason: 'unexpected' },
				{ key: '😀'.repeat(40), reason: 'unexpected' }
			]);
		});

		it('lists at most 20 unexpected keys', () => {
			const search = Array.from({ length: 1000 }, (_, i) => `junk${i}=1`).join('&');
			expect(parse(`${search}&lang=en`)).toEqual({
				state: { lang: 'en' },
				ignored: Array.from({ length: 20 }, (_, i) => ({ key: `junk${i}`, reason: 'unexpected' }))
			});
		});
	});

	describe('hostile input', () => {
		it.each(hostile)('ignores %s in every parameter', (value) => {
			const search = new URLSearchParams(viewKeys.map((key) => [key, value]));
			search.append(value, value);
			const parsed = parse(search);
			expect(parsed.state).toEqual({});
			expect(parsed.ignored.map((i) => i.key)).toEqual([...viewKeys, value.slice(0, 40)]);
		});

		it('survives broken percent-encoding in keys and values', () => {
			const parsed = parse('place=%E0%A4%A&%E0%A4%A=1&map=%&lang=en&pin=%ZZ,1');
			expect(parsed.state).toEqual({ lang: 'en' });
			expect(parsed.ignored.map((i) => i.reason)).toEqual(['unknown', 'unexpected', 'malformed', 'malformed']);
			expect(problems(parsed)).toEqual([]);
		});

		it('survives a 10 kB value in every parameter', () => {
			const huge = 'é1,/%'.repeat(2_000);
			const search = new URLSearchParams(viewKeys.map((key) => [key, huge]));
			const parsed = parse(search);
			expect(parsed.state).toEqual({});
			expect(parsed.ignored).toHaveLength(viewKeys.length);
			expect(parse(`map=${'1'.repeat(10_000)}.5/2/3`).ignored).toEqual([{ key: 'map', reason: 'malformed' }]);
		});

		it('survives NUL bytes, lone surrogates and other Unicode', () => {
			for (const search of ['place=almaty-akimat%00', 'place=\0&lang=\uD800', 'lang=%F0%9F%98%80', '\uDC00=\uD800']) {
				const parsed = parse(search);
				expect(parsed.state).toEqual({});
				expect(problems(parsed)).toEqual([]);
			}
		});
	});
});

describe('mapDecimals', () => {
	it.each([
		[0, 1],
		[2, 1],
		[5, 2],
		[12, 4],
		[16.5, 6],
		[22, 7],
		[-3, 1],
		[40, 7],
		[Number.NaN, 1]
	])('zoom %d → %d decimals', (zoom, decimals) => {
		expect(mapDecimals(zoom)).toBe(decimals);
	});

	it('gives the fewest decimals whose last digit is under a pixel', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 22, noNaN: true }), (zoom) => {
				const pixel = 360 / (512 * 2 ** zoom);
				const d = mapDecimals(zoom);
				expect(10 ** -d).toBeLessThanOrEqual(pixel);
				if (d > 0) expect(10 ** -(d - 1)).toBeGreaterThan(pixel);
			})
		);
	});
});

describe('encodeView', () => {
	it('writes the keys in order, with readable commas and slashes', () => {
		const state: ViewState = {
			pin: { lat: 43.25, lon: 76.95 },
			lang: 'en',
			layers: ['almaty', 'context'],
			place: 'almaty-akimat',
			map: { zoom: 5, lat: 43.238, lon: 76.9452 }
		};
		expect(encodeView(state)).toBe(
			'map=5.00/43.24/76.95&place=almaty-akimat&layers=almaty,context&lang=en&pin=43.25000,76.95000'
		);
	});

	it('writes nothing for an empty view', () => {
		expect(encodeView({})).toBe('');
	});

	it('writes more decimals as the map zooms in', () => {
		const at = (zoom: number) => encodeView({ map: { zoom, lat: 43.2380123, lon: 76.9450456 } });
		expect(at(2)).toBe('map=2.00/43.2/76.9');
		expect(at(12)).toBe('map=12.00/43.2380/76.9450');
		expect(at(18)).toBe('map=18.00/43.238012/76.945046');
		// Never deeper than a link may open at.
		expect(at(22)).toBe('map=18.00/43.238012/76.945046');
	});

	it('writes bearing and pitch only when either is not 0', () => {
		const view = { zoom: 2, lat: 10, lon: 20 };
		expect(encodeView({ map: { ...view, bearing: 0, pitch: 0 } })).toBe('map=2.00/10.0/20.0');
		expect(encodeView({ map: { ...view, bearing: 0.04, pitch: 0.01 } })).toBe('map=2.00/10.0/20.0');
		expect(encodeView({ map: { ...view, pitch: 30 } })).toBe('map=2.00/10.0/20.0/0.0/30.0');
		expect(encodeView({ map: { ...view, bearing: -179.96 } })).toBe('map=2.00/10.0/20.0/180.0/0.0');
	});

	it('never writes -0, nor a latitude that rounds past the limit', () => {
		expect(encodeView({ map: { zoom: 0, lat: -0.01, lon: -0 }, pin: { lat: -0.000001, lon: -0 } })).toBe(
			'map=0.00/0.0/0.0&pin=0.00000,0.00000'
		);
		expect(encodeView({ map: { zoom: 0, lat: 85.0511, lon: 0 } })).toBe('map=0.00/85.0/0.0');
	});

	it('brings an out-of-range map into range, and leaves out what it cannot write', () => {
		expect(encodeView({ map: { zoom: 30, lat: 100, lon: 190, bearing: 270, pitch: 99 } })).toBe(
			'map=18.00/85.051129/-170.000000/-90.0/85.0'
		);
		expect(encodeView({ map: { zoom: Number.NaN, lat: 0, lon: 0 }, lang: 'nl' })).toBe('lang=nl');
		expect(encodeView({ pin: { lat: 91, lon: 0 }, lang: 'nl' })).toBe('lang=nl');
	});

	it('percent-encodes ids that are not kebab-case, and reads them back', () => {
		const odd = 'a b&c=d,é';
		const query = encodeView({ place: odd, layers: [odd, 'x/y'] });
		expect(query).toBe('place=a%20b%26c%3Dd%2C%C3%A9&layers=a%20b%26c%3Dd%2C%C3%A9,x%2Fy');
		expect(parseView(query, { places: [odd], passages: [], layers: [] }).state.place).toBe(odd);
		expect(() => encodeView({ place: '\uD800' })).not.toThrow();
	});
});

const story = {
	place: fc.constantFrom(...ctx.places),
	passage: fc.constantFrom(...ctx.passages),
	layers: fc.subarray([...ctx.layers]),
	lang: fc.constantFrom(...langs)
};
const mapView = fc.record(
	{
		zoom: fc.double({ min: 0, max: MAX_VIEW_ZOOM, noNaN: true }),
		lat: fc.double({ min: -85.0511, max: 85.0511, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true }),
		bearing: fc.double({ min: -180, max: 180, noNaN: true, minExcluded: true }),
		pitch: fc.double({ min: 0, max: 85, noNaN: true })
	},
	{ requiredKeys: ['zoom', 'lat', 'lon'] }
);
const pin = fc.record({
	lat: fc.double({ min: -90, max: 90, noNaN: true }),
	lon: fc.double({ min: -180, max: 180, noNaN: true })
});
const day = fc
	.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const validState: fc.Arbitrary<ViewState> = fc.record({ map: mapView, ...story, pin, day }, { requiredKeys: [] });

describe('round trip', () => {
	it('gives back what it wrote, to display precision, with nothing ignored', () => {
		fc.assert(
			fc.property(validState, (state) => {
				const query = encodeView(state);
				const parsed = parse(query);
				expect(parsed.ignored).toEqual([]);
				expect(encodeView(parsed.state)).toBe(query);
				expect(parse(encodeView(parsed.state)).state).toEqual(parsed.state);
				const { map, pin } = parsed.state;
				if (state.map && map) {
					const unit = 10 ** -mapDecimals(map.zoom);
					expect(Math.abs(map.zoom - state.map.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
					expect(Math.abs(map.lat - state.map.lat)).toBeLessThanOrEqual(unit);
					expect(Math.abs(map.lon - state.map.lon)).toBeLessThanOrEqual(unit / 2 + 1e-9);
				}
				if (state.pin && pin) expect(Math.abs(pin.lat - state.pin.lat)).toBeLessThanOrEqual(0.5e-5 + 1e-9);
				expect(Object.keys(parsed.state).sort()).toEqual(Object.keys(state).sort());
			}),
			{ numRuns: 2000 }
		);
	});

	it('lets junk after a valid link change none of its fields', () => {
		const junk = fc.array(fc.tuple(fc.constantFrom(...viewKeys, 'x'), fc.string()), { maxLength: 8 });
		fc.assert(
			fc.property(validState, junk, (state, pairs) => {
				const clean = parse(encodeView(state)).state;
				const dirty = parse(`${encodeView(state)}&${new URLSearchParams(pairs)}`).state;
				expect(dirty).toMatchObject(clean);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('any input', () => {
	it('is checked by a test that does catch a bad view', () => {
		const bad: ParsedView = {
			state: { map: { zoom: 0, lat: -0, lon: 0, bearing: -180 }, place: 'moscow', layers: ['context', 'almaty'] },
			ignored: [{ key: 'k'.repeat(41), reason: 'unexpected' }]
		};
		expect(problems(bad)).toEqual(['map', 'bearing', 'place', 'layers', 'ignored']);
	});

	const hostileValue = fc.oneof(
		fc.constantFrom(...hostile, '%E0%A4%A', '%', '%%', '%00', '\0', '\uD800', 'NaN', 'Infinity', '1e1', '-0', '0x1F'),
		fc.constantFrom(...ctx.places, ...ctx.passages, ...ctx.layers, ...langs),
		fc
			.array(fc.oneof(fc.double(), fc.constantFrom('', '-0', '+1', '.5', '1e400')), { maxLength: 6 })
			.map((parts) => parts.join('/')),
		fc.array(fc.oneof(fc.double(), fc.string()), { maxLength: 3 }).map((parts) => parts.join(',')),
		fc.array(fc.constantFrom(...ctx.layers, 'nonsense', '', ' '), { maxLength: 5 }).map((ids) => ids.join(',')),
		fc.string({ unit: 'binary' })
	);
	const key = fc.oneof(fc.constantFrom(...viewKeys, 'paper', 'orient', 'embed'), fc.string());
	const pairs = fc.array(fc.tuple(key, hostileValue), { maxLength: 10 });
	const hostileChar = fc.constantFrom(
		'%',
		'&',
		'=',
		'?',
		'#',
		'+',
		'/',
		',',
		'.',
		'-',
		'0',
		'9',
		'e',
		' ',
		'\0',
		'\uD800',
		'😀',
		'map',
		'pin',
		'lang'
	);

	it.each([
		['any string', fc.string()],
		['any Unicode string', fc.string({ unit: 'binary' })],
		['strings of URL punctuation', fc.string({ unit: hostileChar, maxLength: 40 })],
		['query strings', fc.webQueryParameters()],
		["a URL's query", fc.webUrl({ withQueryParameters: true }).map((url) => url.split('?')[1] ?? '')],
		['key=value lists', pairs.map((list) => list.map(([k, v]) => `${k}=${v}`).join('&'))]
	])('never throws and always gives a valid view for %s', (_, search) => {
		fc.assert(
			fc.property(search, (text) => isValid(parse(text))),
			{ numRuns: 10_000 }
		);
	});

	it('never throws and always gives a valid view for URLSearchParams', () => {
		fc.assert(
			fc.property(pairs, (list) => isValid(parse(new URLSearchParams(list)))),
			{ numRuns: 10_000 }
		);
	});
});
