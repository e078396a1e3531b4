// Pointers that go down on the vector map before the page script has taken over (hydration comes a frame or more
// after the first paint): the vector map adopts them when it starts, so a drag begun that early still pans it.

export interface EarlyPointer {
	id: number;
	/** Where it went down and where it is now, in viewport pixels. */
	down: [number, number];
	now: [number, number];
}

const SELECTOR = '[data-vector-map]';
const pending = new Map<number, EarlyPointer>();
let listening = false;

function onDown(e: PointerEvent) {
	if (e.button !== 0 || !(e.target instanceof Element) || !e.target.closest(SELECTOR)) return;
	pending.set(e.pointerId, { id: e.pointerId, down: [e.clientX, e.clientY], now: [e.clientX, e.clientY] });
}
function onMove(e: PointerEvent) {
	const p = pending.get(e.pointerId);
	if (p) p.now = [e.clientX, e.clientY];
}
function onEnd(e: PointerEvent) {
	pending.delete(e.pointerId);
}

/** Starts listening (on the document, in the capture phase); called as early as the page script runs. */
export function listenEarly() {
	if (listening) return;
	listening = true;
	addEventListener('pointerdown', onDown, true);
	addEventListener('pointermove', onMove, true);
	addEventListener('pointerup', onEnd, true);
	addEventListener('pointercancel', onEnd, true);
}

/** The pointers still down on the vector map; listening stops, the vector map's own handlers take over. */
export function adoptEarly(): EarlyPointer[] {
	removeEventListener('pointerdown', onDown, true);
	removeEventListener('pointermove', onMove, true);
	removeEventListener('pointerup', onEnd, true);
	removeEventListener('pointercancel', onEnd, true);
	const down = [...pending.values()];
	pending.clear();
	return down;
}
