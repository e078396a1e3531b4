/**
 * A panel on the map (the shared spot, the distance) closes on Escape while the focus is in it, and the focus goes
 * back to the map, where the reader opened it from.
 */
export const closeOnEscape = (close: () => void) => (e: KeyboardEvent & { currentTarget: HTMLElement }) => {
	if (e.key !== 'Escape' || e.defaultPrevented) return;
	e.preventDefault();
	const area = e.currentTarget.closest('[data-map-area]');
	close();
	area?.querySelector<HTMLElement>('.maplibregl-canvas')?.focus({ preventScroll: true });
};
