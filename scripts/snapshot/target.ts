import { SnapshotError } from './errors';
import { isOrient, isPaper, type Orient, type Paper } from './paper';

/** What to open: a path of the built site (served locally), or a URL as the user gave it. */
export type Target =
	| {
			kind: 'site';
			/** The path to open, e.g. `/print?place=x&paper=a4&orient=landscape`. */
			path: string;
			/** The path as given (`/place/x`, `/`), checked for a 404 before it is turned into the print page. */
			asked: string;
			paper: Paper;
			orient: Orient;
	  }
	| { kind: 'url'; url: string; paper: Paper; orient: Orient };

export interface Sheet {
	paper?: Paper;
	orient?: Orient;
}

const base = 'http://site.invalid';

/** Paper and orientation: the flags win, then the link's own `paper=` / `orient=`, then A4 landscape. */
function sheetOf(query: URLSearchParams, flags: Sheet): { paper: Paper; orient: Orient } {
	const paper = query.get('paper');
	const orient = query.get('orient');
	return {
		paper: flags.paper ?? (isPaper(paper) ? paper : 'a4'),
		orient: flags.orient ?? (isOrient(orient) ? orient : 'landscape')
	};
}

/** The print page's path for a page path of this site, or undefined when it has none (e.g. `/embed`). */
function printQuery(pathname: string, query: URLSearchParams): URLSearchParams | undefined {
	if (pathname === '/' || pathname === '/print') return new URLSearchParams(query);
	const place = /^\/place\/([^/]+)$/.exec(pathname)?.[1];
	if (place === undefined) return undefined;
	const print = new URLSearchParams(query);
	print.set('place', decodeURIComponent(place));
	return print;
}

/**
 * Where a snapshot of `input` is taken. A site path becomes the print page with the same query:
 * `/place/almaty-akimat?lang=en` → `/print?lang=en&place=almaty-akimat&paper=a4&orient=landscape`.
 * A full http(s) URL is kept as it is, except that flags set `paper`/`orient` on a `/print` URL.
 */
export function snapshotTarget(input: string, flags: Sheet = {}): Target {
	if (/^https?:\/\//i.test(input)) {
		let url: URL;
		try {
			url = new URL(input);
		} catch {
			throw new SnapshotError(`not a valid URL: ${input}`);
		}
		if (/\/print\/?$/.test(url.pathname)) {
			if (flags.paper) url.searchParams.set('paper', flags.paper);
			if (flags.orient) url.searchParams.set('orient', flags.orient);
		}
		return { kind: 'url', url: url.href, ...sheetOf(url.searchParams, flags) };
	}
	if (/^[a-z][a-z\d+.-]*:/i.test(input))
		throw new SnapshotError(`not an http(s) URL nor a path of this site: ${input}`);

	const url = new URL(input.startsWith('/') ? input : `/${input}`, base);
	if (url.origin !== base) throw new SnapshotError(`not a path of this site: ${input}`);
	const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
	const sheet = sheetOf(url.searchParams, flags);
	const query = printQuery(pathname, url.searchParams);
	if (!query) return { kind: 'site', path: pathname + url.search, asked: pathname, ...sheet };
	query.set('paper', sheet.paper);
	query.set('orient', sheet.orient);
	return { kind: 'site', path: `/print?${query}`, asked: pathname, ...sheet };
}
