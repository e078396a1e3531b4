import { setLang, type LangSource } from './lang';

/**
 * Makes `source` the page's interface language: for every component below the page (`getLang`), and for the
 * document's `<html lang>`, kept current. The pages are built once, in Dutch (`app.html`); the language comes from
 * the link in the browser. Call while the page component starts.
 */
export function setPageLang(source: LangSource) {
	setLang(source);
	$effect(() => {
		document.documentElement.lang = source.lang;
	});
}
