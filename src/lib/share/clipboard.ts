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
