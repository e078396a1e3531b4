import { describe, expect, it } from 'vitest';
import { MAP_FIRST_SCRIPT } from './map-first.js';

describe('the first-frame script', () => {
	it('is one valid script (a syntax error would leave the page without its language, first frame and early pan)', () => {
		expect(() => new Function(MAP_FIRST_SCRIPT)).not.toThrow();
	});
});
