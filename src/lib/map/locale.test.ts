import { describe, expect, it } from 'vitest';
import { mapLocale } from './locale';

describe('mapLocale', () => {
	it('gives MapLibre its control titles in the interface language', () => {
		expect(mapLocale('nl')['NavigationControl.ZoomIn']).toBe('Inzoomen');
		expect(mapLocale('en')['NavigationControl.ZoomOut']).toBe('Zoom out');
		expect(mapLocale('nl')['Map.Title']).toBe('Kaart');
	});

	it('has a text for every key in both languages', () => {
		expect(Object.keys(mapLocale('nl')).sort()).toEqual(Object.keys(mapLocale('en')).sort());
		for (const lang of ['nl', 'en'] as const)
			for (const text of Object.values(mapLocale(lang))) expect(text).not.toBe('');
	});
});
