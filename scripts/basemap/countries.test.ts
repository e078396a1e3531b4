import { describe, expect, it } from 'vitest';
import { slug } from './countries';

describe('countries', () => {
	it('slug makes kebab-case ASCII ids', () => {
		expect(slug('N. Cyprus')).toBe('n-cyprus');
		expect(slug('Åland')).toBe('aland');
	});
});
