import { existsSync, readFileSync } from 'node:fs';
import { recordFile } from '../build-freshness.js';
import { DEFAULT_SITE_ORIGIN } from '../site-origin.js';
import { SnapshotError } from './errors';

/** What the snapshot needs of the record scripts/postbuild.js keeps in `<buildDir>/.build-info.json`. */
export interface BuildInfo {
	basePath: string;
	/** The origin the pages were built for: SITE_ORIGIN at build time, else the default the build assumed. */
	origin: string;
	/** SITE_ORIGIN at build time, or null when the build was not told it. */
	publicOrigin: string | null;
}

/** The build's record (scripts/build-freshness.js's buildRecord), with defaults for an older build. */
export function readBuildInfo(buildDir: string): BuildInfo {
	const file = recordFile(buildDir);
	const record = existsSync(file)
		? (JSON.parse(readFileSync(file, 'utf8')) as { basePath?: string; siteOrigin?: string | null })
		: {};
	const publicOrigin = record.siteOrigin ? record.siteOrigin.replace(/\/+$/, '') : null;
	return { basePath: record.basePath ?? '', origin: publicOrigin ?? DEFAULT_SITE_ORIGIN, publicOrigin };
}

/** `https://maps.example.org/` → `https://maps.example.org`; anything with a path, or not http(s), is refused. */
export function parseOrigin(text: string): string {
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		// reported below
	}
	if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
		throw new SnapshotError(`SITE_ORIGIN must be an origin such as https://maps.example.org, not "${text}"`);
	return url.origin;
}

export interface PublicOrigin {
	origin: string;
	/** Lines for stderr: where the links point when nobody said, or why they may not point where asked. */
	notes: string[];
}

/**
 * Where the snapshot opens the site, so that its printed link and QR code are the public ones: SITE_ORIGIN now,
 * else the one the build was made with, else the address the build assumed (with a note that says so).
 */
export function publicOrigin(env: string | undefined, build: BuildInfo): PublicOrigin {
	if (env) {
		const origin = parseOrigin(env);
		const notes =
			build.publicOrigin && build.publicOrigin !== origin
				? [
						`the build was made with SITE_ORIGIN=${build.publicOrigin}: its links point there, not to ${origin} (rebuild to change)`
					]
				: [];
		return { origin, notes };
	}
	if (build.publicOrigin) return { origin: build.publicOrigin, notes: [] };
	return {
		origin: build.origin,
		notes: [`no SITE_ORIGIN: links point to ${build.origin} (set SITE_ORIGIN=https://… to change)`]
	};
}

/**
 * The local server's URL for a URL of the public site, or undefined for one outside it:
 * `https://maps.example.org/graphics/kz/print?x` with base `/graphics/kz` → `http://127.0.0.1:5000/print?x`.
 */
export function localUrl(url: string, site: { origin: string; basePath: string }, local: string): string | undefined {
	const { origin, pathname, search } = new URL(url);
	if (origin !== site.origin) return undefined;
	const { basePath } = site;
	if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return undefined;
	return `${local}${pathname.slice(basePath.length) || '/'}${search}`;
}
