/**
 * Where a list key moves focus among `ids` (in display order) from `current`: ArrowDown/ArrowUp
 * one step without wrapping, Home/End to the ends; undefined for any other key or an empty list.
 */
export function placeForKey(ids: readonly string[], current: string | null, key: string): string | undefined {
	if (ids.length === 0) return undefined;
	const i = current === null ? -1 : ids.indexOf(current);
	switch (key) {
		case 'ArrowDown':
			return ids[Math.min(i + 1, ids.length - 1)];
		case 'ArrowUp':
			return ids[Math.max(i - 1, 0)];
		case 'Home':
			return ids[0];
		case 'End':
			return ids[ids.length - 1];
		default:
			return undefined;
	}
}
