import { createContext } from 'svelte';
import type { Lang } from '../i18n';
import { encodeView, parseView } from '../url/codec';
import type { Ignored, MapView, ViewContext, ViewState } from '../url/view-state';

/**
 * Why the map is asked to move: `link` (the address the page opened with), `history` (Back or Forward), `reader` (a
 * place chosen in the text, the list or the timeline), `vector` (the reader moved the vector map: MapLibre follows it
 * until it has taken over).
 */
export type CameraSource = 'link' | 'history' | 'reader' | 'vector';

/**
 * A request for the map to move, to a camera or to the extent of places (one chosen place, or the two ends of a
 * distance); each has a new `seq`, to be carried out once.
 */
export interface CameraRequest {
	view?: MapView;
	places?: string[];
	source: CameraSource;
	seq: number;
}

/** Where a selection was made: on the map (the camera stays put), or in the text, the list or the timeline. */
export type SelectedFrom = 'map' | 'list' | 'text';

/** The page's address: what the state reads and writes (SvelteKit's shallow routing in the app, a fake in tests). */
export interface Address {
	/** The whole address now, e.g. `https://example.org/place/almaty?lang=en`. */
	href(): string;
	/** A new history entry (`push`) or a change of the current one (`replace`); `url` is path and query. */
	write(url: string, mode: 'push' | 'replace'): void;
}

export interface ExploreOptions {
	/** The story's place, passage and layer ids, to check the link against; `layers` in the story's order. */
	ids: ViewContext;
	/** The place a place page is about: selected unless the link names another, and never written into the query. */
	initialPlace?: string;
	/** Where the state writes itself; none for a page that only reads its link (the embed view). */
	address?: Address;
	/** Each place's layer: choosing a place of a hidden layer shows that layer. */
	layerOf?: (place: string) => string | undefined;
	/**
	 * The path (base included) of the page to share for a place, or for none: `/place/<id>` and `/`, whose previews
	 * show that place. Absent: the share link is the page's own address.
	 */
	sharePath?: (place: string | null) => string;
}

/**
 * What the reader explores: selection, layers, language, pin, day, and the camera. The one owner of the page's
 * address: it reads the link and the history through the URL codec, and writes selections as new history entries,
 * the rest as replacements. Anything that wants the map to move asks through `request`; the maps report where they
 * are through `moved`.
 */
export class ExploreState {
	lang = $state<Lang>('nl');
	selected = $state<string | null>(null);
	/** The story layers shown (every layer unless the link or the legend says otherwise). */
	visible = $state<string[]>([]);
	passage = $state<string | null>(null);
	pin = $state<{ lat: number; lon: number } | null>(null);
	/** The timeline's chosen day, null for all days. */
	day = $state<string | null>(null);
	/** The places under the pointer or focus, in the text, the list or on the map. */
	hovered = $state<string[]>([]);
	/** The place a distance is measured from, until a second place is chosen. */
	measureFrom = $state<string | null>(null);
	measure = $state<[string, string] | null>(null);
	/** A popup, the chooser of overlapping places or the offer to share a spot is open on the map. */
	popupOpen = $state(false);
	/** The legend is unfolded. It folds on a small map, as a popup opens, and when "Show all" needs its room. */
	legendOpen = $state(false);
	/** What the link asked for that the page could not show. */
	ignored = $state<Ignored[]>([]);
	/**
	 * The address to share, kept current: with a place chosen its own page (`/place/<id>?…`, whose preview shows it),
	 * else the story's (`/?…`), with the rest of the state as query.
	 */
	shareUrl = $state('');
	/** The print page's query, kept current with `shareUrl`: the whole state, the chosen place too. */
	printQuery = $state('');
	/** The latest request for the map to move. */
	request = $state.raw<CameraRequest | null>(null);
	/** Where the map is, as it last reported; null while a requested move is still to land. Not reactive. */
	camera: MapView | null = null;

	readonly #ids: ViewContext;
	readonly #initialPlace: string | undefined;
	readonly #address: Address | undefined;
	readonly #layerOf: (place: string) => string | undefined;
	readonly #sharePath: ((place: string | null) => string) | undefined;
	#seq = 0;
	/** Whether the link has been read: nothing is written before (nor while prerendering). */
	#started = false;

	constructor({ ids, initialPlace, address, layerOf = () => undefined, sharePath }: ExploreOptions) {
		this.#ids = ids;
		this.#sharePath = sharePath;
		this.#initialPlace = initialPlace;
		this.#address = address;
		this.#layerOf = layerOf;
		this.visible = [...ids.layers];
		this.selected = initialPlace ?? null;
	}

	/** Reads the link the page opened with; returns what it ignored (also kept in `ignored`). */
	fromUrl(search: string): Ignored[] {
		const { state, ignored } = parseView(search, this.#ids);
		// On a place page, a `place=` in the query is the reader's later choice (the address bar keeps the page's path
		// and writes the choice as query): it wins over the path's, so that a reload shows what the reader chose.
		this.ignored = ignored;
		this.#apply(state, 'link');
		this.#started = true;
		this.#links(this.#address?.href() ?? '');
		return this.ignored;
	}

	/** Back or Forward: the address holds a whole state to return to, camera and selection together. */
	popstate(search: string) {
		this.#apply(parseView(search, this.#ids).state, 'history');
	}

	/**
	 * The reader chooses a place (or none). A choice in the text or the list asks the map to fit the place, and its
	 * history entry holds no camera until the map has landed there; a choice on the map keeps the camera as it is.
	 */
	select(id: string | null, from: SelectedFrom) {
		if (id && this.measureFrom && id !== this.measureFrom) {
			// The distance is measured: the map frames both places and the line between them.
			this.measure = [this.measureFrom, id];
			this.measureFrom = null;
			this.camera = null;
			this.#ask({ places: this.measure, source: 'reader' });
		} else if (id && id !== this.selected && from !== 'map') {
			this.camera = null;
			this.#ask({ places: [id], source: 'reader' });
		}
		if (id === this.selected) return;
		this.selected = id;
		this.#showLayerOf(id);
		this.writeUrl('push');
	}

	/**
	 * A map reports where it is after a move. The vector map's moves are also asked of MapLibre, which follows them
	 * until it takes over.
	 */
	moved(view: MapView, by: 'map' | 'vector' = 'map') {
		this.camera = view;
		if (by === 'vector') this.#ask({ view, source: 'vector' });
		this.writeUrl('replace');
	}

	setLang(lang: Lang) {
		this.lang = lang;
		this.writeUrl('replace');
	}

	setVisible(layers: string[]) {
		this.visible = layers;
		this.writeUrl('replace');
	}

	setPin(pin: { lat: number; lon: number } | null) {
		this.pin = pin;
		this.writeUrl('replace');
	}

	/** Starts a distance from this place: the next place chosen ends it. */
	measureFromPlace(id: string | null) {
		this.measureFrom = id;
		this.measure = null;
	}

	/** The reader picks a day on the timeline, or all days (null). */
	setDay(day: string | null) {
		this.day = day;
		this.writeUrl('replace');
	}

	/** The state as a deep link says it: only what differs from the page's own defaults. */
	viewState(): ViewState {
		const { camera, selected, passage, visible, lang, pin, day } = this;
		return {
			...(camera ? { map: camera } : {}),
			...(selected && selected !== this.#initialPlace ? { place: selected } : {}),
			...(passage ? { passage } : {}),
			...(visible.length !== this.#ids.layers.length ? { layers: visible } : {}),
			...(lang !== 'nl' ? { lang } : {}),
			...(pin ? { pin } : {}),
			...(day ? { day } : {})
		};
	}

	/** Writes the state into the address: a new history entry for a selection, a replacement for the rest. */
	writeUrl(mode: 'push' | 'replace') {
		if (!this.#started || !this.#address) return;
		const query = encodeView(this.viewState());
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never kept
		const here = new URL(this.#address.href());
		const url = `${here.pathname}${query ? `?${query}` : ''}`;
		this.#links(`${here.origin}${url}`);
		if (url !== `${here.pathname}${here.search}`) this.#address.write(url, mode);
	}

	/**
	 * The links that follow the state, from the page's own address (`here`): the one to share and the print page's
	 * query. Kept here, not derived in the page, because the camera is not reactive.
	 */
	#links(here: string) {
		this.shareUrl = this.#share(here);
		this.printQuery = encodeView({ ...this.viewState(), place: this.selected ?? undefined });
	}

	/** The link to share, from the page's own address (`here`): see `shareUrl`. */
	#share(here: string): string {
		if (!here || !this.#sharePath) return here;
		const query = encodeView({ ...this.viewState(), place: undefined });
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once here, never kept
		return `${new URL(here).origin}${this.#sharePath(this.selected)}${query ? `?${query}` : ''}`;
	}

	#apply(state: ViewState, source: 'link' | 'history') {
		this.lang = state.lang ?? 'nl';
		this.visible = state.layers ?? [...this.#ids.layers];
		this.selected = state.place ?? this.#initialPlace ?? null;
		this.#showLayerOf(this.selected);
		this.passage = state.passage ?? null;
		this.pin = state.pin ?? null;
		this.day = state.day ?? null;
		// The link's camera, else the selected place: never a camera from one entry with the place of another.
		if (state.map) this.#ask({ view: state.map, source });
		else if (this.selected) this.#ask({ places: [this.selected], source });
		this.camera = state.map ?? (this.selected ? null : this.camera);
	}

	/** A chosen place is never hidden: its layer shows, in the story's order of layers. */
	#showLayerOf(id: string | null) {
		const layer = id ? this.#layerOf(id) : undefined;
		if (layer && !this.visible.includes(layer))
			this.visible = this.#ids.layers.filter((l) => l === layer || this.visible.includes(l));
	}

	#ask(request: Omit<CameraRequest, 'seq'>) {
		this.request = { ...request, seq: ++this.#seq };
	}
}

/** The explore state of the page, for every component below it; `getExplore` throws when no page has set one. */
export const [getExplore, setExplore] = createContext<ExploreState>();
