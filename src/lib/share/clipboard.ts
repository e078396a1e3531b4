export type CopyResult = 'clipboard' | 'fallback' | 'failed';

/**
 * Copies text with the Clipboard API, else with a hidden textarea and `execCommand('copy')`; never throws.
 * Call it from a click handler: both ways need the user's gesture.
 */
export async function copyText(text: string, doc: Document = document): Promise<CopyResult> {
	const clipboard = doc.defaultView?.navigator?.clipboard;
	if (clipboard && typeof clipboard.writeText === 'function') {
		try {
			await clipboard.writeText(text);
			return 'clipboard';
		} catch {
			// No permission or an insecure context: the older way often still works.
		}
	}
	return copyWithTextarea(text, doc) ? 'fallback' : 'failed';
}

function copyWithTextarea(text: string, doc: Document): boolean {
	const previous = doc.activeElement as HTMLElement | null;
	const selection = doc.getSelection?.() ?? null;
	const ranges = selection ? Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i)) : [];
	let area: HTMLTextAreaElement | undefined;
	try {
		area = doc.createElement('textarea');
		area.value = text;
		// Read-only keeps the phone keyboard shut; 12pt stops iOS from zooming in on focus.
		area.setAttribute('readonly', '');
		area.setAttribute('aria-hidden', 'true');
		area.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;font-size:12pt';
		doc.body.appendChild(area);
		area.select();
		area.setSelectionRange(0, text.length);
		return doc.execCommand('copy');
	} catch {
		return false;
	} finally {
		try {
			area?.remove();
			previous?.focus?.({ preventScroll: true });
			if (selection && ranges.length > 0) {
				selection.removeAllRanges();
				for (const range of ranges) selection.addRange(range);
			}
		} catch {
			// Restoring focus is a courtesy; the copy result stands.
		}
	}
}

const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => escapes[c] ?? c);

/** An `<iframe>` snippet that embeds the map at `url`, with `title` for screen readers. */
export function embedCode(url: string, title: string): string {
	return (
		`<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="480"` +
		` style="border:0" loading="lazy" allowfullscreen></iframe>`
	);
}

/**
 * The embed view of a page: the same origin and query with the route `/embed`; a place page keeps its place.
 * Example: embedUrl('https://x.org/story/place/almaty-akimat?lang=en') is
 * 'https://x.org/story/embed?lang=en&place=almaty-akimat'.
 */
export function embedUrl(pageUrl: string): string {
	const url = new URL(pageUrl);
	const place = /\/place\/([^/]+)\/?$/.exec(url.pathname);
	if (place?.[1]) {
		url.pathname = url.pathname.slice(0, place.index) + '/embed';
		// Appended by hand: rewriting searchParams would re-encode the other parameters (`/` as `%2F`).
		if (!url.searchParams.has('place'))
			url.search += `${url.search ? '&' : '?'}place=${place[1].replace(/[&=+]/g, encodeURIComponent)}`;
	} else if (!/\/embed\/?$/.test(url.pathname)) {
		url.pathname = url.pathname.replace(/\/?$/, '/embed');
	}
	return url.href;
}
