import { t, type Lang, type MessageKey } from '../i18n';
import type { Ignored, ViewKey } from './view-state';

/** One sentence for each way a part of a link can be wrong, by `key reason`. */
const sentences: Readonly<Record<string, MessageKey>> = {
	'map malformed': 'noticeMapMalformed',
	'map outside': 'noticeMapOutside',
	'map clamped': 'noticeMapClamped',
	'place unknown': 'noticePlaceUnknown',
	'passage unknown': 'noticePassageUnknown',
	'layers unknown': 'noticeLayersUnknown',
	'lang unknown': 'noticeLangUnknown',
	'pin malformed': 'noticePinMalformed',
	'day malformed': 'noticeDayMalformed',
	'paper unknown': 'noticePaperUnknown',
	'orient unknown': 'noticeOrientUnknown',
	'dpi unknown': 'noticeDpiUnknown'
};

/** What a part of a link is called, in a sentence such as “the link gives the place more than once”. */
const parts: Readonly<Record<ViewKey, MessageKey>> = {
	map: 'linkPartMap',
	place: 'linkPartPlace',
	passage: 'linkPartPassage',
	layers: 'linkPartLayers',
	lang: 'linkPartLang',
	pin: 'linkPartPin',
	day: 'linkPartDay'
};

/**
 * What the page tells the reader about a part of its link it could not use, in the reader's words, not the
 * parameter's: the text only, to be shown as text (a key from the link is quoted as it came).
 * @example noticeText('en', { key: 'map', reason: 'outside' })
 * // → 'The map position in the link lies outside what this map can usefully show; the map opens at its usual view.'
 */
export function noticeText(lang: Lang, { key, reason }: Ignored): string {
	const sentence = sentences[`${key} ${reason}`];
	if (sentence) return t(lang, sentence);
	if (reason === 'repeated' && Object.hasOwn(parts, key))
		return t(lang, 'noticeRepeated', { part: t(lang, parts[key as ViewKey]) });
	return t(lang, 'noticeUnexpected', { key });
}
