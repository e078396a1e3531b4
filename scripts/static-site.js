// The static server of a built site, as `npm start` runs it: precompressed responses (brotli, gzip), ETags,
// long-lived caching for hashed assets, and the security headers. The benchmark serves its peer pages with it too.
import { createServer } from 'node:http';
import sirv from 'sirv';

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
			res.setHeader('X-Content-Type-Options', 'nosniff');
			// Only the embed view may be framed, by any site; every other page by none.
			res.setHeader(
				'Content-Security-Policy',
				`frame-ancestors ${/^\/embed(\/|\.html|$)/.test(pathname) ? '*' : "'none'"}`
			);
			res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
		}
	});
	const notFound = (res) => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	};
	return createServer((req, res) => {
		if (base) {
			const url = req.url ?? '/';
			if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return notFound(res);
			req.url = url.slice(base.length) || '/';
			if (req.url.startsWith('?')) req.url = `/${req.url}`;
		}
		assets(req, res, () => notFound(res));
	});
}

/** Closes the server on Ctrl-C or a stop signal, so the port is freed. */
export function closeOnSignal(server) {
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
