import { createContext } from 'svelte';
import type { Lang } from './i18n';

/** Where the interface language comes from: the map page's state, or the language a print or embed link asks for. */
export interface LangSource {
	readonly lang: Lang;
}

/**
 * The page's interface language, for every component below the page: `const i18n = getLang()` while the component
 * starts, then `i18n.lang` (reactive). `getLang` throws when no page above has called `setLang`.
 */
export const [getLang, setLang] = createContext<LangSource>();
