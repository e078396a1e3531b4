// How things move on the page. Scrolling keeps the page where the reader has it: a pane that scrolls by itself (the article beside the map on
// a wide screen) brings a passage into view, but the page does not move, and the map stays where it is.

/** The nearest ancestor of `el` that scrolls vertically by itself; null when only the page would scroll. */
export function scrollBox(el: Element): HTMLElement | null {
	for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
		const { overflowY } = getComputedStyle(box);
		if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
	}
	return null;
}

/**
 * Scrolls `el` to the middle of its own scroll box, and nothing else. Returns false, having scrolled nothing, when
 * `el` has no box of its own (the stacked layout of a phone: there, moving it into view would move the whole page).
 */
export function scrollWithin(el: Element, behavior: ScrollBehavior = 'auto'): boolean {
	const box = scrollBox(el);
	if (!box) return false;
	const [r, b] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
	box.scrollTo({ top: box.scrollTop + r.top - b.top - (b.height - r.height) / 2, behavior });
	return true;
}

/** Whether the reader asked the system for less motion. */
export const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
