import { t, type Lang, type MessageKey } from '../i18n';

/** MapLibre's own interface texts that this app shows, by MapLibre's key, with the message that says each. */
const texts = {
	'NavigationControl.ZoomIn': 'zoomIn',
	'NavigationControl.ZoomOut': 'zoomOut',
	'NavigationControl.ResetBearing': 'resetBearing',
	'Map.Title': 'mapLabel',
	'Marker.Title': 'pinTitle',
	'Popup.Close': 'close'
} as const satisfies Record<string, MessageKey>;

type MapText = keyof typeof texts;

/** MapLibre's interface texts in a language: the map's `locale` option, e.g. `{ 'NavigationControl.ZoomIn': 'Inzoomen', … }`. */
export function mapLocale(lang: Lang): Record<MapText, string> {
	return Object.fromEntries(Object.entries(texts).map(([key, message]) => [key, t(lang, message)])) as Record<
		MapText,
		string
	>;
}

/** Where MapLibre put each text when it drew its controls: an element and its attributes. */
const placed: [selector: string, attributes: string[], text: MapText][] = [
	['.maplibregl-ctrl-zoom-in', ['title', 'aria-label'], 'NavigationControl.ZoomIn'],
	['.maplibregl-ctrl-zoom-out', ['title', 'aria-label'], 'NavigationControl.ZoomOut'],
	['.maplibregl-ctrl-compass', ['title', 'aria-label'], 'NavigationControl.ResetBearing'],
	['.maplibregl-canvas', ['aria-label'], 'Map.Title'],
	['.maplibregl-marker[aria-label]', ['aria-label'], 'Marker.Title']
];

/**
 * Puts the map's interface texts in another language. MapLibre reads its `locale` once, as it draws each control;
 * a new language after that is written into the controls here.
 */
export function relabelMap(container: HTMLElement, lang: Lang) {
	const locale = mapLocale(lang);
	for (const [selector, attributes, text] of placed)
		for (const el of container.querySelectorAll(selector))
			for (const attribute of attributes) el.setAttribute(attribute, locale[text]);
}
