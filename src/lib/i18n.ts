import type { Precision } from './story/types';

export type Lang = 'nl' | 'en';
export const langs: readonly Lang[] = ['nl', 'en'];

/** Interface text in Dutch (default) and English; the article itself stays as written. */
export const messages = {
	nl: {
		share: 'Delen',
		shareDialog: 'Deel deze kaart',
		shareLink: 'Link naar deze weergave',
		shareCopyLink: 'Kopieer link',
		shareCopied: 'Gekopieerd',
		shareCopyLinkFailed: 'Selecteer de link en kopieer hem',
		shareNative: 'Delen…',
		shareEmbed: 'Code om de kaart in te sluiten',
		shareCopyEmbed: 'Kopieer code',
		shareCopyEmbedFailed: 'Selecteer de code en kopieer hem',
		mapLabel: 'Kaart',
		mapSection: 'Kaart en legende',
		legend: 'Legende',
		layersShown: '{n} van {of} lagen',
		layerHidden: 'laag verborgen',
		originalArticle: 'origineel artikel',
		download: 'GeoJSON downloaden',
		downloadLayer: 'Laag {name} downloaden als GeoJSON',
		places: 'Plaatsen in dit artikel',
		filterPlaces: 'Plaatsen filteren',
		skipToFilter: 'Naar het plaatsenfilter',
		hint: 'Kies een plaats op de kaart of in de lijst om te lezen wat het artikel erover zegt; een onderstreepte passage toont haar plaats op de kaart.',
		hintDismiss: 'Begrepen',
		filterPlaceholder: 'Zoek een plaats…',
		passages: '{n} passage|{n} passages',
		noPlaces: 'Geen plaatsen gevonden voor “{q}”.',
		morePlaces: 'Toon meer ({n} niet getoond)',
		selected: '{name} geselecteerd',
		placesFound: '{n} plaats gevonden|{n} plaatsen gevonden',
		readInArticle: 'Lees in het artikel',
		showOnMap: 'Toon op de kaart',
		close: 'Sluiten',
		precision: 'Precisie',
		coordSource: 'Bron van de coördinaten',
		editorsTranslation: 'Vertaling van de redactie',
		detailSource: 'Bron van de toelichting',
		note: 'Noot van de redactie',
		date: 'Datum',
		zoomToAll: 'Alles tonen',
		toMap: 'Naar de kaart',
		toArticle: 'Naar het artikel',
		placesHere: '{n} plaatsen hier',
		timeline: 'Tijdlijn',
		allDays: 'Alle dagen',
		upToDay: 'Tot en met {date}',
		chronology: 'Wat gebeurde wanneer',
		previousDay: 'Vorige dag',
		nextDay: 'Volgende dag',
		distance: 'Afstand',
		measureFrom: 'Meet afstand vanaf hier',
		measureTo: 'Kies een tweede plaats om de afstand te meten',
		distanceBetween: '{a} – {b}: {km} km in vogelvlucht',
		clearDistance: 'Afstandsmeting wissen',
		language: 'Taal',
		shareSpot: 'Deel deze locatie',
		shareCentre: 'Deel het midden van de kaart',
		cityTilesFailed: 'De stratenkaart kon niet geladen worden: de kaart toont alleen haar eigen achtergrond.',
		pinTitle: 'Gedeelde locatie',
		pinNearest: 'Dichtstbij',
		clearPin: 'Pin wissen',
		linkCopied: 'Link gekopieerd',
		noticeIgnored: 'Niet alles uit de link kon worden gebruikt:',
		dismiss: 'Melding sluiten',
		noticeMapMalformed: 'De kaartpositie in de link kon niet worden gelezen; de kaart opent op haar gewone beeld.',
		noticeMapOutside:
			'De kaartpositie in de link ligt buiten wat deze kaart zinvol kan tonen; de kaart opent op haar gewone beeld.',
		noticeMapClamped: 'De kaartpositie in de link is licht aangepast aan wat de kaart kan tonen.',
		noticePlaceUnknown: 'De plaats in de link komt in dit verhaal niet voor.',
		noticePassageUnknown: 'De passage in de link komt in dit artikel niet voor.',
		noticeLayersUnknown: 'De link noemt kaartlagen die deze kaart niet heeft; die worden overgeslagen.',
		noticeLangUnknown: 'De taal in de link is niet beschikbaar; de pagina is in het Nederlands.',
		noticePinMalformed: 'De gedeelde locatie in de link kon niet worden gelezen; er staat geen pin op de kaart.',
		noticeDayMalformed: 'De dag in de link kon niet worden gelezen; de tijdlijn toont alle dagen.',
		noticePaperUnknown: 'Het papierformaat in de link is onbekend; er wordt op A4 afgedrukt.',
		noticeOrientUnknown: 'De stand van het papier in de link is onbekend; er wordt liggend afgedrukt.',
		noticeDpiUnknown: 'De resolutie in de link ligt niet tussen 72 en 600 dpi; er wordt 300 dpi gebruikt.',
		noticeRepeated: 'De link geeft {part} meer dan eens; de eerste telt.',
		noticeUnexpected: 'De link bevat “{key}”, dat deze kaart niet gebruikt.',
		linkPartMap: 'de kaartpositie',
		linkPartPlace: 'de plaats',
		linkPartPassage: 'de passage',
		linkPartLayers: 'de kaartlagen',
		linkPartLang: 'de taal',
		linkPartPin: 'de gedeelde locatie',
		linkPartDay: 'de dag',
		fullMap: 'Open de volledige kaart bij het artikel',
		print: 'Afdrukken',
		noWebgl:
			'Deze browser kan de interactieve kaart niet tekenen (geen WebGL). Dit is de vaste kaart: klik een plaats of gebruik de lijst.',
		downloadPng: 'PNG downloaden',
		north: 'Noorden',
		printKey: 'Plaatsen op de kaart',
		printKeyContinues: 'Vervolg van de plaatsen op pagina 2',
		printKeyContinued: 'Plaatsen op de kaart (vervolg)',
		printGroup: '{n} plaatsen ({layer})',
		printMade: 'gemaakt op {date}',
		printLink: 'Afdrukversie',
		choosePlace: 'Kies een plaats',
		pageMap: '{title} · kaart',
		pagePrint: '{title} · afdrukversie',
		zoomIn: 'Inzoomen',
		zoomOut: 'Uitzoomen',
		resetBearing: 'Sleep om de kaart te draaien, klik om het noorden boven te zetten',
		notFound: 'Pagina niet gevonden',
		notFoundText: 'Deze pagina bestaat niet (meer). De kaart en het artikel vindt u hier:',
		errorTitle: 'Er ging iets mis',
		errorText: 'Deze pagina kon niet worden getoond. De kaart en het artikel vindt u hier:',
		backToMap: 'Naar de kaart bij het artikel',
		openPlaceOnMap: 'Bekijk deze plaats op de kaart',
		placeOfMany: 'Een van de {n} plaatsen uit het artikel'
	},
	en: {
		share: 'Share',
		shareDialog: 'Share this map',
		shareLink: 'Link to this view',
		shareCopyLink: 'Copy link',
		shareCopied: 'Copied',
		shareCopyLinkFailed: 'Select the link and copy it',
		shareNative: 'Share…',
		shareEmbed: 'Code to embed the map',
		shareCopyEmbed: 'Copy code',
		shareCopyEmbedFailed: 'Select the code and copy it',
		mapLabel: 'Map',
		mapSection: 'Map and legend',
		legend: 'Legend',
		layersShown: '{n} of {of} layers',
		layerHidden: 'layer hidden',
		originalArticle: 'original article',
		download: 'Download GeoJSON',
		downloadLayer: 'Download layer {name} as GeoJSON',
		places: 'Places in this article',
		filterPlaces: 'Filter places',
		skipToFilter: 'Skip to the places filter',
		hint: 'Choose a place on the map or in the list to read what the article says about it; an underlined passage shows its place on the map.',
		hintDismiss: 'Got it',
		filterPlaceholder: 'Find a place…',
		passages: '{n} passage|{n} passages',
		noPlaces: 'No places found for “{q}”.',
		morePlaces: 'Show more ({n} not shown)',
		selected: '{name} selected',
		placesFound: '{n} place found|{n} places found',
		readInArticle: 'Read in the article',
		showOnMap: 'Show on the map',
		close: 'Close',
		precision: 'Precision',
		coordSource: 'Source of the coordinates',
		editorsTranslation: 'Editors’ translation',
		detailSource: 'Source of the details',
		note: "Editor's note",
		date: 'Date',
		zoomToAll: 'Show all',
		toMap: 'To the map',
		toArticle: 'To the article',
		placesHere: '{n} places here',
		timeline: 'Timeline',
		allDays: 'All days',
		upToDay: 'Up to and including {date}',
		chronology: 'What happened when',
		previousDay: 'Previous day',
		nextDay: 'Next day',
		distance: 'Distance',
		measureFrom: 'Measure distance from here',
		measureTo: 'Choose a second place to measure the distance',
		distanceBetween: '{a} – {b}: {km} km as the crow flies',
		clearDistance: 'Clear the distance',
		language: 'Language',
		shareSpot: 'Share this location',
		shareCentre: 'Share the centre of the map',
		cityTilesFailed: 'The street map could not be loaded: the map shows its own background only.',
		pinTitle: 'Shared location',
		pinNearest: 'Nearest',
		clearPin: 'Clear the pin',
		linkCopied: 'Link copied',
		noticeIgnored: 'Not everything in the link could be used:',
		dismiss: 'Close this notice',
		noticeMapMalformed: 'The map position in the link could not be read; the map opens at its usual view.',
		noticeMapOutside:
			'The map position in the link lies outside what this map can usefully show; the map opens at its usual view.',
		noticeMapClamped: 'The map position in the link was adjusted slightly to what the map can show.',
		noticePlaceUnknown: 'The place in the link is not in this story.',
		noticePassageUnknown: 'The passage in the link is not in this article.',
		noticeLayersUnknown: 'The link names map layers that this map does not have; they are left out.',
		noticeLangUnknown: 'The language in the link is not available; the page is shown in Dutch.',
		noticePinMalformed: 'The shared location in the link could not be read, so no pin is shown.',
		noticeDayMalformed: 'The day in the link could not be read; the timeline shows all days.',
		noticePaperUnknown: 'The paper size in the link is unknown; printing on A4.',
		noticeOrientUnknown: 'The page orientation in the link is unknown; printing in landscape.',
		noticeDpiUnknown: 'The resolution in the link is not between 72 and 600 dpi; using 300 dpi.',
		noticeRepeated: 'The link gives {part} more than once; the first one counts.',
		noticeUnexpected: 'The link contains “{key}”, which this map does not use.',
		linkPartMap: 'the map position',
		linkPartPlace: 'the place',
		linkPartPassage: 'the passage',
		linkPartLayers: 'the map layers',
		linkPartLang: 'the language',
		linkPartPin: 'the shared location',
		linkPartDay: 'the day',
		fullMap: 'Open the full map with the article',
		print: 'Print',
		noWebgl:
			'This browser cannot draw the interactive map (no WebGL). This is the static map: click a place or use the list.',
		downloadPng: 'Download PNG',
		north: 'North',
		printKey: 'Places on the map',
		printKeyContinues: 'The places continue on page 2',
		printKeyContinued: 'Places on the map (continued)',
		printGroup: '{n} places ({layer})',
		printMade: 'made on {date}',
		printLink: 'Print version',
		choosePlace: 'Choose a place',
		pageMap: '{title} · map',
		pagePrint: '{title} · print version',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		resetBearing: 'Drag to rotate the map, click to reset north',
		notFound: 'Page not found',
		notFoundText: 'This page does not exist (any more). The map and the article are here:',
		errorTitle: 'Something went wrong',
		errorText: 'This page could not be shown. The map and the article are here:',
		backToMap: 'To the map with the article',
		openPlaceOnMap: 'See this place on the map',
		placeOfMany: 'One of the {n} places in the article'
	}
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['nl'];

/**
 * Interface text with `{name}` parameters filled in; `a|b` picks singular or plural by `n`.
 * Example: t('en', 'passages', { n: 2 }) is "2 passages".
 */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
	let text: string = messages[lang][key];
	if (text.includes('|')) {
		const [one = '', many = ''] = text.split('|');
		text = params.n === 1 ? one : many;
	}
	return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** A text from the story that is either the same in every language (a source's name) or given in each. */
export function inLang(text: string | Record<Lang, string>, lang: Lang): string {
	return typeof text === 'string' ? text : text[lang];
}

const precisionWords: Record<Lang, Record<Precision, string>> = {
	nl: {
		exact: 'exact: het gebouw of de plek zelf',
		site: 'locatie: het terrein als geheel',
		city: 'bij benadering: op stadsniveau',
		region: 'bij benadering: op regioniveau',
		country: 'bij benadering: op landniveau'
	},
	en: {
		exact: 'exact: the building or spot itself',
		site: 'site: the grounds as a whole',
		city: 'approximate: city level',
		region: 'approximate: region level',
		country: 'approximate: country level'
	}
};

/** How precisely a place is known, in words ("approximate: city level"), with the radius where there is one. */
export function precisionInWords(lang: Lang, precision: Precision, radiusKm?: number): string {
	const words = precisionWords[lang][precision];
	if (radiusKm === undefined || precision === 'country') return words;
	return lang === 'nl' ? `${words} (straal ${radiusKm} km)` : `${words} (within ${radiusKm} km)`;
}

/** The months' names, long and short, as the two languages write them in a date. */
const months: Record<Lang, { long: string[]; short: string[] }> = {
	nl: {
		long: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
		short: 'jan feb mrt apr mei jun jul aug sep okt nov dec'.split(' ')
	},
	en: {
		long: 'January February March April May June July August September October November December'.split(' '),
		short: 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')
	}
};

/**
 * A day (`2022-01-05`) in words: the day of the month, then the month (long or short) and the year if asked.
 * Written out rather than through `Intl.DateTimeFormat`: a page's first formatter costs 40–140 ms here (the locale's
 * data is loaded then), on the map page while it hydrates, for dates that two tables of month names say as well.
 */
function formatDay(lang: Lang, day: string, parts: { month?: 'long' | 'short'; year?: boolean }): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	const words = [String(date)];
	if (parts.month) words.push(months[lang][parts.month][month - 1] ?? '');
	if (parts.year) words.push(String(year));
	return words.join(' ');
}

/**
 * A day's tick under the timeline: the day of the month, with the month (short) on the first tick and where a month
 * begins. Example: formatTick('nl', '2022-01-02', true) is '2 jan'; formatTick('en', '2022-01-03', false) is '3'.
 */
export function formatTick(lang: Lang, day: string, first: boolean): string {
	const withMonth = first || day.endsWith('-01');
	return formatDay(lang, day, withMonth ? { month: 'short' } : {});
}

/** A date or range as a reader says it: "5 januari 2022", "6–8 January 2022". */
export function formatDateRange(lang: Lang, from: string, to = from): string {
	const full = (d: string) => formatDay(lang, d, { month: 'long', year: true });
	if (from === to) return full(from);
	if (from.slice(0, 7) === to.slice(0, 7)) return `${formatDay(lang, from, {})}–${full(to)}`;
	return `${full(from)} – ${full(to)}`;
}
