import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

// `npm run snapshot` as a user runs it: a child process writing into a temp folder, read back with poppler.
const run = promisify(execFile);
const story = JSON.parse(readFileSync('geo/story.json', 'utf8')) as { title: { nl: string } };
const akimat = (
	JSON.parse(readFileSync('geo/layers/almaty.geojson', 'utf8')) as {
		features: { properties: { id: string; name: { nl: string }; passages: { quote: string }[] } }[];
	}
).features.find((f) => f.properties.id === 'almaty-akimat')!.properties;

let dir: string;
let closedPort: number;
test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'snapshot-spec-'));
	// A port that was free a moment ago and has no server now: connection refused.
	const server = createServer().listen(0, '127.0.0.1');
	await once(server, 'listening');
	closedPort = (server.address() as AddressInfo).port;
	server.close();
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function snapshot(args: string[], env: Record<string, string> = {}) {
	try {
		// What `npm run snapshot` runs (tsx), loaded into node directly: npx's own start took seconds per test.
		const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/snapshot.ts', ...args], {
			env: { ...process.env, ...env },
			timeout: 85_000
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const tool = async (name: string, ...args: string[]) => (await run(name, args)).stdout;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** `Page size: 841.89 x 595.28 pts (A4)` → [841.89, 595.28]. */
async function pdfPage(file: string) {
	const info = await tool('pdfinfo', file);
	const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
	return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(width), height: Number(height) };
}

test.describe('npm run snapshot', () => {
	test.describe('of the print page', () => {
		// stderr stays empty: no request to another host was blocked and the page reported no error.
		// The printed link (and the QR code, made from it) points to SITE_ORIGIN, never to the snapshot's own server.
		test('an A4 landscape PDF is one vector page with the title, the place, its quote and its public link', async () => {
			const out = join(dir, 'akimat.pdf');
			const { code, stdout, stderr } = await snapshot(['/print?place=almaty-akimat', '--out', out], {
				SITE_ORIGIN: 'https://maps.example.org'
			});
			expect(stderr).toBe('');
			expect(code).toBe(0);
			expect(stdout).toMatch(/^wrote .*akimat\.pdf \(1 page, A4 landscape, \d+ KB\) in [\d.]+ s\n$/);

			const page = await pdfPage(out);
			expect(page.pages).toBe(1);
			expect(Math.abs(page.width - 841.89)).toBeLessThanOrEqual(1);
			expect(Math.abs(page.height - 595.28)).toBeLessThanOrEqual(1);

			const text = oneLine(await tool('pdftotext', out, '-'));
			expect(text).toContain(story.title.nl);
			expect(text).toContain(akimat.name.nl);
			expect(text).toContain(akimat.passages[0]!.quote);
			expect(text).toContain('https://maps.example.org/?place=almaty-akimat');
			expect(text).not.toContain('127.0.0.1');

			// The map is vector: a raster map would show up as a large image.
			const images = (await tool('pdfimages', '-list', out))
				.split('\n')
				.slice(2)
				.map((row) => row.trim().split(/\s+/))
				.filter((cols) => cols.length > 4)
				.map(([, , , width, height]) => ({ width: Number(width), height: Number(height) }));
			expect(images.filter((i) => i.width > 300 && i.height > 300)).toEqual([]);
		});

		test('a place page becomes a Letter portrait print page when asked; without SITE_ORIGIN it says where links point', async () => {
			const out = join(dir, 'letter.pdf');
			const { code, stdout, stderr } = await snapshot(
				['/place/almaty-akimat', '--out', out, '--paper', 'letter', '--orient', 'portrait'],
				{ SITE_ORIGIN: '' }
			);
			expect(stderr).toBe(
				'snapshot: no SITE_ORIGIN: links point to http://localhost:4173 (set SITE_ORIGIN=https://… to change)\n'
			);
			expect(code).toBe(0);
			expect(stdout).toContain('(1 page, Letter portrait,');
			const page = await pdfPage(out);
			expect(page.pages).toBe(1);
			expect(Math.abs(page.width - 612)).toBeLessThanOrEqual(1);
			expect(Math.abs(page.height - 792)).toBeLessThanOrEqual(1);
			const text = oneLine(await tool('pdftotext', out, '-'));
			expect(text).toContain(akimat.name.nl);
			expect(text).toContain('http://localhost:4173/?place=almaty-akimat');
			expect(text).not.toContain('127.0.0.1');
		});

		test('a PNG at 300 dpi is exactly A4 landscape in pixels, and not blank', async () => {
			const out = join(dir, 'akimat.png');
			const { code, stdout } = await snapshot(['/?place=almaty-akimat', '--out', out, '--dpi', '300']);
			expect(code).toBe(0);
			expect(stdout).toContain('3508×2480 px at 300 dpi');
			const png = readFileSync(out);
			expect(png.toString('latin1', 1, 4)).toBe('PNG');
			expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 3508, height: 2480 });
			// A blank sheet of this size compresses to a few kilobytes; a map with text does not.
			expect(statSync(out).size).toBeGreaterThan(50_000);
		});
	});

	test('--all-places writes one PDF per place of the story, each with its own public link', async () => {
		// The second story (three places), built into build-fixture for /graphics/kazakhstan: quick, and under a sub-path.
		const layers = 'tests/fixtures/mini-story/layers';
		const ids = readdirSync(layers).flatMap((name) =>
			(
				JSON.parse(readFileSync(join(layers, name), 'utf8')) as { features: { properties: { id: string } }[] }
			).features.map((f) => f.properties.id)
		);
		const out = join(dir, 'places', 'mini');
		const { code, stdout, stderr } = await snapshot(['--all-places', '--out', out], {
			BUILD_DIR: 'build-fixture',
			SITE_ORIGIN: 'https://news.example.com'
		});
		expect(code).toBe(0);
		// Off a terminal: one line per place, and nothing else.
		const lines = stderr.split('\n').filter(Boolean);
		expect(lines).toHaveLength(ids.length);
		lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^place ${i + 1} of ${ids.length}: [a-z-]+$`)));
		expect(stdout).toMatch(
			new RegExp(`^wrote ${ids.length} files to .*mini \\(A4 landscape PDF, \\d+ KB in all\\) in [\\d.]+ s\n$`)
		);

		expect(readdirSync(out).sort()).toEqual(ids.map((id) => `${id}.pdf`).sort());
		for (const id of ids) {
			const file = join(out, `${id}.pdf`);
			expect(await pdfPage(file)).toMatchObject({ pages: 1 });
			const text = oneLine(await tool('pdftotext', file, '-'));
			expect(text).toContain(`https://news.example.com/graphics/kazakhstan/?place=${id}`);
		}
	});

	test('a street-level print of a story with city tiles has its streets and their names as vector, with the credit', async () => {
		// The second story's tiles, built by `npm run city-tiles` from the OSM fixture round Antwerp's Grote Markt.
		const out = join(dir, 'streets.pdf');
		const { code, stderr } = await snapshot(['/print?map=15/51.22130/4.40030', '--out', out], {
			BUILD_DIR: 'build-fixture',
			SITE_ORIGIN: 'https://news.example.com'
		});
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(oneLine(await tool('pdftotext', out, '-'))).toContain('© OpenStreetMap contributors');
		// Names along steep streets come out glyph by glyph: read in drawing order (-raw), lines joined.
		const drawn = (await tool('pdftotext', '-raw', out, '-')).replace(/\n/g, '');
		for (const name of ['Suikerrui', 'Hoogstraat', 'Wisselstraat', 'Kaaipad']) expect(drawn).toContain(name);
		const images = (await tool('pdfimages', '-list', out))
			.split('\n')
			.slice(2)
			.filter((row) => row.trim());
		expect(images).toEqual([]);
	});

	test.describe('fails with one clear line and exit code 1', () => {
		// Functions: the temp folder and the closed port exist only once beforeAll has run.
		const out = () => join(dir, 'x.pdf');
		const missing = () => join(dir, 'missing', 'x.pdf');
		const cases: Record<string, () => { args: string[]; env?: Record<string, string>; message: string | RegExp }> = {
			'a page that does not exist': () => ({ args: ['/nope', '--out', out()], message: 'no such page: /nope' }),
			'a place that does not exist': () => ({
				args: ['/place/nope', '--out', out()],
				message: 'no such page: /place/nope'
			}),
			'a URL nobody answers': () => ({
				args: [`http://127.0.0.1:${closedPort}/`, '--out', out()],
				message: `cannot reach http://127.0.0.1:${closedPort}/: net::ERR_CONNECTION_REFUSED`
			}),
			'a page that never becomes ready': () => ({
				args: ['/favicon.svg', '--out', out(), '--timeout', '2'],
				message: '/favicon.svg was not ready within 2 s'
			}),
			'an unwritable place': () => ({
				args: ['/', '--out', '/proc/x.pdf'],
				message: /^snapshot: cannot write \/proc\/x\.pdf: .+\n$/
			}),
			'a missing folder': () => ({
				args: ['/', '--out', missing()],
				message: `cannot write ${missing()}: folder ${join(dir, 'missing')} does not exist`
			}),
			'an output that is no PDF or PNG': () => ({
				args: ['/', '--out', 'x.txt'],
				message: '--out must end in .pdf or .png, not "x.txt"'
			}),
			'a missing --out': () => ({ args: ['/'], message: 'missing --out <file.pdf|file.png>' }),
			'--all-places into a file': () => ({
				args: ['--all-places', '--out', out()],
				message: `--out must be a folder with --all-places, not "${out()}"`
			}),
			'an unknown option': () => ({
				args: ['/', '--out', out(), '--colour', 'red'],
				message: 'unknown option --colour'
			}),
			'a missing Chromium': () => ({
				args: ['/', '--out', out()],
				env: { CHROMIUM_PATH: '/nope' },
				message: 'Chromium not found at /nope: install it (apt-get install -y chromium) or set CHROMIUM_PATH'
			})
		};
		for (const [name, make] of Object.entries(cases)) {
			test(name, async () => {
				const { args, env, message } = make();
				const { code, stdout, stderr } = await snapshot(args, env);
				expect(code).toBe(1);
				expect(stdout).toBe('');
				if (typeof message === 'string') expect(stderr).toBe(`snapshot: ${message}\n`);
				else expect(stderr).toMatch(message);
				expect(existsSync(out())).toBe(false);
			});
		}
	});

	test('--help prints the usage', async () => {
		const { code, stdout } = await snapshot(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Usage: npm run snapshot -- <path-or-url> --out <file.pdf|file.png>');
	});
});
