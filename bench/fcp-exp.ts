// THROWAWAY experiment (not committed): layersVisibleMs of variants of the built page vs the Leaflet peer.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.js';
import { startServer, stopServer, waitFor } from '../scripts/server-process';
import { paintRun } from './measure';
import { stagePeers } from './stage';

const runs = Number(process.env.RUNS ?? 7);
const site = '/tmp/fcp/site';
const peers = '/tmp/fcp/peers';
rmSync('/tmp/fcp', { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(process.env.BUILD ?? 'build', site, { recursive: true });
await stagePeers('build', peers);
const full = readFileSync(`${site}/index.html`, 'utf8');
const variants: Record<string, string> = { full };
const mod = await import(process.env.VARIANTS ?? '/tmp/fcp-variants.mjs');
Object.assign(variants, mod.default(full));
for (const [name, html] of Object.entries(variants)) {
	writeFileSync(`${site}/v-${name}.html`, html);
	writeFileSync(`${site}/v-${name}.html.br`, brotliCompressSync(html));
	writeFileSync(`${site}/v-${name}.html.gz`, gzipSync(html));
	console.log(name, html.length);
}
const a = startServer('node', ['bench/serve-static.js', site, '4281'], {});
const p = startServer('node', ['bench/serve-static.js', peers, '4282'], {});
await waitFor('http://127.0.0.1:4281/', a, 10000);
await waitFor('http://127.0.0.1:4282/leaflet/', p, 10000);
const box = 'x=0&y=0&w=800&h=640';
const urls: Record<string, string> = { leaflet: `http://127.0.0.1:4282/leaflet/?${box}` };
for (const n of Object.keys(variants)) urls[n] = `http://127.0.0.1:4281/v-${n}.html`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const samples: Record<string, number[]> = {};
const names = Object.keys(urls);
for (let r = 0; r <= runs; r++) {
	for (let i = 0; i < names.length; i++) {
		const n = names[(i + r) % names.length]!;
		const run = await paintRun(browser, urls[n]!, 30000);
		if (r) (samples[n] ??= []).push(run.layersVisibleMs);
	}
}
await browser.close();
stopServer(a);
stopServer(p);
const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const lf = med(samples.leaflet!);
for (const n of names) console.log(n.padEnd(14), String(Math.round(med(samples[n]!))).padStart(6), (med(samples[n]!) / lf).toFixed(2), samples[n]!.map(Math.round).join(' '));
process.exit(0);
