// The static server of a built site, as `npm start` runs it: precompressed responses (brotli, gzip), ETags,
// long-lived caching for hashed assets, and the security headers. The benchmark serves its peer pages with it too.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** The app's page for an address it does not have (SvelteKit's error page, `fallback` in svelte.config.js). */
const NOT_FOUND_PAGE = '404.html';

/** The headers every response of the site gets, by its path within the site. */
function siteHeaders(res, pathname) {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	// Only the embed view may be framed, by any site; every other page by none.
	res.setHeader(
		'Content-Security-Policy',
		`frame-ancestors ${/^\/embed(\/|\.html|$)/.test(pathname) ? '*' : "'none'"}`
	);
	res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

/**
 * The oEmbed endpoint (`/oembed?url=<a map page>&format=json`): the prerendered answer of that page, from
 * build/oembed/ (a static host serves those files, which each page names in its discovery link).
 */
function oembed(root, base, query, res) {
	/** @param {number} status @param {string | Buffer} body */
	const send = (status, body) => {
		res.statusCode = status;
		res.setHeader('Content-Type', 'application/json; charset=utf-8');
		res.setHeader('Access-Control-Allow-Origin', '*');
		res.end(body);
	};
	const error = (status, message) => send(status, JSON.stringify({ error: message }));
	const format = query.get('format') ?? 'json';
	if (format !== 'json') return error(501, `format "${format}" is not supported: json only`);
	const file = oembedFile(query.get('url') ?? '', base);
	const full = file && join(root, 'oembed', file);
	if (!full || !existsSync(full)) return error(404, 'no map page of this site at that address');
	send(200, readFileSync(full));
}

/**
 * The prerendered oEmbed answer of a page's address, within build/oembed/: the story's for `/` and `/embed`, a
 * place's for `/place/<id>`; null for any other address.
 */
function oembedFile(url, base) {
	try {
		const path = decodeURIComponent(new URL(url).pathname);
		if (path !== base && !path.startsWith(`${base}/`)) return null;
		const within = path.slice(base.length).replace(/\.html$/, '');
		if (/^\/?(embed\/?)?$/.test(within)) return 'index.json';
		const place = /^\/place\/([^/\\.]+)\/?$/.exec(within);
		return place ? `place/${place[1]}.json` : null;
	} catch {
		return null;
	}
}

/** An HTTP server (not yet listening) for the files under `root`, at the sub-path `base` ('' for the host's root). */
export function staticServer(root, base = '') {
	const assets = sirv(root, {
		gzip: true,
		brotli: true,
		etag: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate'
			);
			siteHeaders(res, pathname);
		}
	});
	const notFoundPath = join(root, NOT_FOUND_PAGE);
	const notFoundPage = existsSync(notFoundPath) ? readFileSync(notFoundPath) : null;
	/** Outside the site (a sub-path deploy serves nothing else): plain text. */
	const nothingHere = (res) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	/** Within the site: the app's own page, which says so in the reader's language and links back to the map. */
	const notFound = (req, res) => {
		if (!notFoundPage) return nothingHere(res);
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.setHeader('Cache-Control', 'no-cache');
		siteHeaders(res, req.url ?? '/');
		res.end(req.method === 'HEAD' ? undefined : notFoundPage);
	};
	return createServer((req, res) => {
		if (base) {
			const url = req.url ?? '/';
			if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return nothingHere(res);
			req.url = url.slice(base.length) || '/';
			if (req.url.startsWith('?')) req.url = `/${req.url}`;
		}
		const [pathname, search = ''] = (req.url ?? '/').split('?');
		if (pathname === '/oembed') return oembed(root, base, new URLSearchParams(search), res);
		// The error page is no page of its own: asked for by name, it is a 404 like any other unknown address.
		if (/^\/404(\.html)?(\?|$)/.test(req.url ?? '')) return notFound(req, res);
		assets(req, res, () => notFound(req, res));
	});
}

/** Closes the server on Ctrl-C or a stop signal, so the port is freed. */
export function closeOnSignal(server) {
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
