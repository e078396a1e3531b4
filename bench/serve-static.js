// Serves the staged peer pages exactly as `npm start` serves build/ (scripts/static-site.js).
// Usage: node bench/serve-static.js <dir> <port>
import { closeOnSignal, staticServer } from '../scripts/static-site.js';

const [root, port] = process.argv.slice(2);
if (!root || !port) throw new Error('usage: node bench/serve-static.js <dir> <port>');

const server = staticServer(root);
server.listen(Number(port), '127.0.0.1', () =>
	console.log(`bench peers: serving ${root}/ on http://127.0.0.1:${port}/`)
);
closeOnSignal(server);
