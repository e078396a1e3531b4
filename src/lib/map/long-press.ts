/** How long a finger must rest, in ms, for a long-press: the phone's stand-in for a right-click. */
const HOLD_MS = 600;
const SLOP_PX = 10;

/** Calls `onpress` with the point (relative to `el`) where a single finger rested long enough; returns a remover. */
export function onLongPress(el: HTMLElement, onpress: (point: [number, number]) => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let start: [number, number] = [0, 0];
	const cancel = () => clearTimeout(timer);
	const down = (e: TouchEvent) => {
		cancel();
		const touch = e.touches[0];
		if (e.touches.length !== 1 || !touch) return;
		const box = el.getBoundingClientRect();
		start = [touch.clientX - box.left, touch.clientY - box.top];
		timer = setTimeout(() => onpress(start), HOLD_MS);
	};
	const move = (e: TouchEvent) => {
		const touch = e.touches[0];
		const box = el.getBoundingClientRect();
		if (touch && Math.hypot(touch.clientX - box.left - start[0], touch.clientY - box.top - start[1]) > SLOP_PX)
			cancel();
	};
	el.addEventListener('touchstart', down, { passive: true });
	el.addEventListener('touchmove', move, { passive: true });
	el.addEventListener('touchend', cancel);
	el.addEventListener('touchcancel', cancel);
	return () => {
		cancel();
		el.removeEventListener('touchstart', down);
		el.removeEventListener('touchmove', move);
		el.removeEventListener('touchend', cancel);
		el.removeEventListener('touchcancel', cancel);
	};
}
