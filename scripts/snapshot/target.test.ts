import { describe, expect, it } from 'vitest';
import { snapshotTarget, type Sheet } from './target';

/** The path a site input opens. */
function sitePath(input: string, flags?: Sheet): string {
	const target = snapshotTarget(input, flags);
	if (target.kind !== 'site') throw new Error(`${input} is no site path`);
	return target.path;
}

describe('snapshotTarget', () => {
	it('keeps a print path, adding A4 landscape when the link names no paper', () => {
		expect(snapshotTarget('/print?place=almaty-akimat')).toEqual({
			kind: 'site',
			path: '/print?place=almaty-akimat&paper=a4&orient=landscape',
			asked: '/print',
			paper: 'a4',
			orient: 'landscape'
		});
		expect(sitePath('print?lang=en')).toBe('/print?lang=en&paper=a4&orient=landscape');
	});

	it('turns the map page into the print page with the same query', () => {
		expect(sitePath('/?map=12/43.2/76.9&place=x&layers=almaty,checkpoints')).toBe(
			'/print?map=12%2F43.2%2F76.9&place=x&layers=almaty%2Ccheckpoints&paper=a4&orient=landscape'
		);
		expect(sitePath('/')).toBe('/print?paper=a4&orient=landscape');
		expect(sitePath('')).toBe('/print?paper=a4&orient=landscape');
	});

	it('turns a place page into the print page of that place', () => {
		expect(snapshotTarget('/place/almaty-akimat?lang=en')).toMatchObject({
			path: '/print?lang=en&place=almaty-akimat&paper=a4&orient=landscape',
			asked: '/place/almaty-akimat'
		});
		expect(sitePath('/place/a/?place=b')).toBe('/print?place=a&paper=a4&orient=landscape');
	});

	it('lets the flags win over the query, and the query over the defaults', () => {
		expect(snapshotTarget('/print?paper=a3&orient=portrait')).toMatchObject({ paper: 'a3', orient: 'portrait' });
		expect(snapshotTarget('/print?paper=a3&orient=portrait', { paper: 'letter' })).toMatchObject({
			path: '/print?paper=letter&orient=portrait',
			paper: 'letter',
			orient: 'portrait'
		});
		expect(sitePath('/?paper=b5&orient=sideways', { orient: 'portrait' })).toBe('/print?paper=a4&orient=portrait');
	});

	it('leaves other paths of the site as they are', () => {
		expect(snapshotTarget('/nope?x=1')).toMatchObject({ kind: 'site', path: '/nope?x=1', asked: '/nope' });
		expect(snapshotTarget('/embed', { paper: 'a3' })).toMatchObject({ path: '/embed', paper: 'a3' });
	});

	it('uses a full URL as it is, setting paper and orientation only on a print URL', () => {
		expect(snapshotTarget('https://example.org/?place=x', { paper: 'a3' })).toEqual({
			kind: 'url',
			url: 'https://example.org/?place=x',
			paper: 'a3',
			orient: 'landscape'
		});
		expect(snapshotTarget('http://127.0.0.1:8080/print?paper=a3', { orient: 'portrait' })).toMatchObject({
			url: 'http://127.0.0.1:8080/print?paper=a3&orient=portrait',
			paper: 'a3',
			orient: 'portrait'
		});
	});

	it('refuses what is neither an http(s) URL nor a path of this site', () => {
		expect(() => snapshotTarget('file:///etc/passwd')).toThrow('not an http(s) URL nor a path of this site');
		expect(() => snapshotTarget('//evil.example/print')).toThrow('not a path of this site: //evil.example/print');
		expect(() => snapshotTarget('http://[bad')).toThrow('not a valid URL: http://[bad');
	});
});
