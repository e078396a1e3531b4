import { describe, expect, it } from 'vitest';
import { placeForKey } from './keys';

const ids = ['a', 'b', 'c'];

describe('placeForKey', () => {
	it('steps with the arrows and stops at the ends', () => {
		expect(placeForKey(ids, 'a', 'ArrowDown')).toBe('b');
		expect(placeForKey(ids, 'c', 'ArrowDown')).toBe('c');
		expect(placeForKey(ids, 'b', 'ArrowUp')).toBe('a');
		expect(placeForKey(ids, 'a', 'ArrowUp')).toBe('a');
	});

	it('jumps with Home and End', () => {
		expect(placeForKey(ids, 'b', 'Home')).toBe('a');
		expect(placeForKey(ids, 'b', 'End')).toBe('c');
	});

	it('enters at the top from outside the list or from a place no longer shown', () => {
		expect(placeForKey(ids, null, 'ArrowDown')).toBe('a');
		expect(placeForKey(ids, 'gone', 'ArrowDown')).toBe('a');
	});

	it('ignores other keys and empty lists', () => {
		expect(placeForKey(ids, 'a', 'Enter')).toBeUndefined();
		expect(placeForKey([], null, 'ArrowDown')).toBeUndefined();
	});
});
