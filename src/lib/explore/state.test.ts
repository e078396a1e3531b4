import { describe, expect, it } from 'vitest';
import { ExploreState, type Address } from './state.svelte';

const ids = {
	places: ['almaty-akimat', 'moscow', 'geneva'],
	passages: ['p1', 'p2'],
	layers: ['almaty', 'context']
};

/** A browser history in miniature: entries of path and query, and the one shown. */
function fakeHistory(start = '/') {
	const entries = [start];
	let at = 0;
	const address: Address = {
		href: () => `https://example.org${entries[at]}`,
		write(url, mode) {
			if (mode === 'push') entries.splice(++at, Infinity, url);
			else entries[at] = url;
		}
	};
	return {
		address,
		entries,
		current: () => entries[at]!,
		back: () => entries[--at]!,
		forward: () => entries[++at]!
	};
}

function open(url = '/', initialPlace?: string) {
	const history = fakeHistory(url);
	const state = new ExploreState({ ids, initialPlace, address: history.address });
	state.fromUrl(new URL(url, 'https://example.org').search);
	return { state, history };
}

const almaty = { zoom: 12, lat: 43.237, lon: 76.946 };
const moscow = { zoom: 9, lat: 55.75, lon: 37.62 };
const geneva = { zoom: 9, lat: 46.2, lon: 6.15 };

describe('ExploreState', () => {
	it('reads a link whole: camera, place, passage, layers, language and pin', () => {
		const { state, history } = open(
			'/?map=12.00/43.237/76.946&place=almaty-akimat&passage=p2&layers=almaty&lang=en&pin=43.25000,76.95000'
		);
		expect(state.selected).toBe('almaty-akimat');
		expect(state.passage).toBe('p2');
		expect(state.visible).toEqual(['almaty']);
		expect(state.lang).toBe('en');
		expect(state.pin).toEqual({ lat: 43.25, lon: 76.95 });
		expect(state.request).toMatchObject({ view: almaty, source: 'link' });
		expect(state.request?.places).toBeUndefined();
		expect(state.ignored).toEqual([]);
		// Reading writes nothing; the address is what it was.
		expect(history.entries).toHaveLength(1);
		expect(state.shareUrl).toBe(
			'https://example.org/?map=12.00/43.237/76.946&place=almaty-akimat&passage=p2&layers=almaty&lang=en&pin=43.25000,76.95000'
		);
	});

	it('round-trips: what it writes reads back as the same state', () => {
		const { state, history } = open('/?layers=context&lang=en');
		state.select('geneva', 'map');
		state.moved(geneva);
		state.setPin({ lat: 46.2, lon: 6.15 });
		const again = new ExploreState({ ids, address: fakeHistory(history.current()).address });
		again.fromUrl(history.current().slice(1));
		expect(again.viewState()).toEqual(state.viewState());
		expect(again.viewState()).toEqual({
			map: geneva,
			place: 'geneva',
			layers: ['context'],
			lang: 'en',
			pin: { lat: 46.2, lon: 6.15 }
		});
	});

	it('lists what the link had wrong and applies the rest', () => {
		const { state } = open('/?place=nowhere&lang=xx&layers=almaty&map=NaN/1/2&utm_source=x');
		expect(state.ignored).toEqual([
			{ key: 'place', reason: 'unknown' },
			{ key: 'lang', reason: 'unknown' },
			{ key: 'map', reason: 'malformed' },
			{ key: 'utm_source', reason: 'unexpected' }
		]);
		expect(state.selected).toBeNull();
		expect(state.lang).toBe('nl');
		expect(state.visible).toEqual(['almaty']);
		expect(state.request).toBeNull();
	});

	it('reads the timeline’s day from the link and writes the reader’s choice back', () => {
		const { state, history } = open('/?day=2022-01-06');
		expect(state.day).toBe('2022-01-06');
		state.setDay('2022-01-07');
		expect(history.current()).toBe('/?day=2022-01-07');
		state.setDay(null);
		expect(history.current()).toBe('/');
		expect(open('/?day=2022-13-01').state.ignored).toEqual([{ key: 'day', reason: 'malformed' }]);
	});

	it('a place link without a camera asks the map to fit the place', () => {
		expect(open('/?place=moscow').state.request).toMatchObject({ places: ['moscow'], source: 'link' });
		// A place page's own place likewise, and it stays out of the query.
		const { state, history } = open('/place/geneva', 'geneva');
		expect(state.request).toMatchObject({ places: ['geneva'], source: 'link' });
		state.moved(geneva);
		expect(history.current()).toBe('/place/geneva?map=9.00/46.200/6.150');
	});

	it('a choice in the list asks for the place, and its history entry holds no camera yet', () => {
		const { state, history } = open('/');
		state.moved(almaty);
		expect(history.current()).toBe('/?map=12.00/43.2370/76.9460');
		const before = state.request;
		state.select('moscow', 'list');
		expect(state.request).toMatchObject({ places: ['moscow'], source: 'reader' });
		expect(state.request!.seq).toBeGreaterThan(before?.seq ?? 0);
		expect(history.entries).toEqual(['/?map=12.00/43.2370/76.9460', '/?place=moscow']);
		// Once the map lands, the entry holds the camera that goes with the place.
		state.moved(moscow);
		expect(history.entries).toEqual(['/?map=12.00/43.2370/76.9460', '/?map=9.00/55.750/37.620&place=moscow']);
	});

	it('a click on the map selects with the camera as it is and asks the map for nothing', () => {
		const { state, history } = open('/');
		state.moved(almaty);
		const before = state.request;
		state.select('almaty-akimat', 'map');
		expect(state.request).toBe(before);
		expect(history.current()).toBe('/?map=12.00/43.2370/76.9460&place=almaty-akimat');
		state.select(null, 'map');
		expect(history.entries).toHaveLength(3);
		expect(history.current()).toBe('/?map=12.00/43.2370/76.9460');
	});

	it('choosing the selected place again changes nothing', () => {
		const { state, history } = open('/?place=moscow');
		const before = state.request;
		state.select('moscow', 'list');
		expect(state.request).toBe(before);
		expect(history.entries).toHaveLength(1);
	});

	it('Back and Forward restore a place with its own camera, even when a flight to it was cut short', () => {
		const { state, history } = open('/');
		state.moved(almaty);
		state.select('moscow', 'list');
		// Geneva is chosen while the map is still flying to Moscow: the cut-short flight reports where it stopped.
		state.select('geneva', 'list');
		state.moved({ zoom: 5, lat: 50, lon: 30 });
		state.moved(geneva);
		expect(history.entries).toEqual([
			'/?map=12.00/43.2370/76.9460',
			'/?place=moscow',
			'/?map=9.00/46.200/6.150&place=geneva'
		]);

		state.popstate(new URL(history.back(), 'https://example.org').search);
		expect(state.selected).toBe('moscow');
		expect(state.request).toMatchObject({ places: ['moscow'], source: 'history' });
		expect(state.request?.view).toBeUndefined();
		state.moved(moscow);
		expect(history.current()).toBe('/?map=9.00/55.750/37.620&place=moscow');

		state.popstate(new URL(history.forward(), 'https://example.org').search);
		expect(state.selected).toBe('geneva');
		expect(state.request).toMatchObject({ view: geneva, source: 'history' });

		state.popstate(new URL(history.back(), 'https://example.org').search);
		expect(state.selected).toBe('moscow');
		expect(state.request).toMatchObject({ view: moscow, source: 'history' });

		state.popstate(new URL(history.back(), 'https://example.org').search);
		expect(state.selected).toBeNull();
		expect(state.request).toMatchObject({ view: almaty, source: 'history' });
	});

	it('Back applies the whole entry: language, layers and pin too', () => {
		const { state, history } = open('/?lang=en');
		state.setVisible(['context']);
		state.setPin({ lat: 1, lon: 2 });
		state.select('moscow', 'map');
		state.setLang('nl');
		state.popstate(new URL(history.back(), 'https://example.org').search);
		expect(state.lang).toBe('en');
		expect(state.visible).toEqual(['context']);
		expect(state.pin).toEqual({ lat: 1, lon: 2 });
		expect(state.selected).toBeNull();
	});

	it('a move of the vector map is asked of MapLibre too; a move of MapLibre is not', () => {
		const { state } = open('/');
		state.moved(almaty, 'vector');
		expect(state.request).toMatchObject({ view: almaty, source: 'vector' });
		const before = state.request;
		state.moved(moscow);
		expect(state.request).toBe(before);
	});

	it('a distance runs from the place it was started at to the next place chosen', () => {
		const { state } = open('/');
		state.select('moscow', 'map');
		state.measureFromPlace('moscow');
		state.select('geneva', 'list');
		expect(state.measure).toEqual(['moscow', 'geneva']);
		expect(state.measureFrom).toBeNull();
		// The map frames both ends of the distance, even when the second place is chosen on the map.
		expect(state.request).toMatchObject({ places: ['moscow', 'geneva'], source: 'reader' });
		state.measureFromPlace('geneva');
		state.select('almaty-akimat', 'map');
		expect(state.request).toMatchObject({ places: ['geneva', 'almaty-akimat'] });
	});

	it('a place of a hidden layer, once chosen or linked, shows its layer, and the address says so', () => {
		const layerOf = (id: string) => (id === 'almaty-akimat' ? 'almaty' : 'context');
		const history = fakeHistory('/?layers=almaty');
		const state = new ExploreState({ ids, address: history.address, layerOf });
		state.fromUrl('?layers=almaty');
		expect(state.visible).toEqual(['almaty']);
		state.select('moscow', 'list');
		expect(state.visible).toEqual(['almaty', 'context']);
		expect(history.current()).toBe('/?place=moscow');
		const linked = new ExploreState({ ids, layerOf });
		linked.fromUrl('?layers=context&place=almaty-akimat');
		expect(linked.visible).toEqual(['almaty', 'context']);
	});

	it('writes nothing before it has read the link, nor without an address', () => {
		const history = fakeHistory('/?lang=en');
		const state = new ExploreState({ ids, address: history.address });
		state.select('moscow', 'list');
		expect(history.entries).toEqual(['/?lang=en']);
		const embed = new ExploreState({ ids });
		embed.fromUrl('?place=moscow');
		embed.select('geneva', 'map');
		expect(embed.selected).toBe('geneva');
		expect(embed.shareUrl).toBe('');
	});

	describe('the link to share', () => {
		const sharePath = (id: string | null) => (id ? `/story/place/${id}` : '/story/');
		function openShared(url: string, initialPlace?: string) {
			const history = fakeHistory(url);
			const state = new ExploreState({ ids, initialPlace, address: history.address, sharePath });
			state.fromUrl(new URL(url, 'https://example.org').search);
			return { state, history };
		}

		it("is the chosen place's own page, with the view, layers and language as query", () => {
			const { state, history } = openShared('/story/?lang=en&layers=almaty');
			expect(state.shareUrl).toBe('https://example.org/story/?layers=almaty&lang=en');
			state.select('almaty-akimat', 'map');
			state.moved(almaty);
			expect(state.shareUrl).toBe(
				'https://example.org/story/place/almaty-akimat?map=12.00/43.2370/76.9460&layers=almaty&lang=en'
			);
			// The print page's query follows the camera and the place as the link to share does.
			expect(state.printQuery).toContain('map=12.00/43.2370/76.9460');
			expect(state.printQuery).toContain('place=almaty-akimat');
			// The address bar keeps its own form.
			expect(history.current()).toContain('place=almaty-akimat');
			state.select(null, 'map');
			expect(state.shareUrl).toBe('https://example.org/story/?map=12.00/43.2370/76.9460&layers=almaty&lang=en');
		});

		it('on a place page is that page until another place is chosen', () => {
			const { state } = openShared('/story/place/moscow?lang=en', 'moscow');
			expect(state.shareUrl).toBe('https://example.org/story/place/moscow?lang=en');
			state.select('geneva', 'map');
			expect(state.shareUrl).toBe('https://example.org/story/place/geneva?lang=en');
			expect(state.printQuery).toBe('place=geneva&lang=en');
		});

		it("reads a place page's address with the place the reader chose there: a reload keeps the choice", () => {
			const { state, history } = openShared('/story/place/moscow?lang=en', 'moscow');
			state.select('geneva', 'map');
			expect(history.current()).toContain('/story/place/moscow?place=geneva');
			const reloaded = openShared(history.current(), 'moscow').state;
			expect(reloaded.selected).toBe('geneva');
			expect(reloaded.ignored).toEqual([]);
			expect(reloaded.shareUrl).toBe('https://example.org/story/place/geneva?lang=en');
		});
	});
});
