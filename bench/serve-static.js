// Serves the staged peer pages exactly as `npm start` serves build/: sirv with the precompressed brotli and
// gzip files, ETags and the same cache headers. Usage: node bench/serve-static.js <dir> <port>
import { createServer } from 'node:http';
import sirv from 'sirv';

const [root, port] = process.argv.slice(2);
if (!root || !port) throw new Error('usage: node bench/serve-static.js <dir> <port>');

const assets = sirv(root, {
	gzip: true,
	brotli: true,
	etag: true,
	extensions: ['html'],
	setHeaders(res) {
		res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
	}
});

const server = createServer((req, res) =>
	assets(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
	})
);
server.listen(Number(port), '127.0.0.1', () =>
	console.log(`bench peers: serving ${root}/ on http://127.0.0.1:${port}/`)
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
