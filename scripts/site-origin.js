// The site's public origin, from SITE_ORIGIN (`https://news.example`): what canonical links, og:url, og:image and
// oEmbed point to. Read by src/lib/server/page-data.ts (the pages) and scripts/postbuild.js (which says, once per build,
// which origin it assumed when none is set). Plain JavaScript, as scripts/postbuild.js imports it.

/** The origin a build without SITE_ORIGIN links to: where `npm start` serves it. */
export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

/** SITE_ORIGIN without a trailing slash, or the default. */
export function siteOrigin(value = process.env.SITE_ORIGIN) {
	const trimmed = (value ?? '').trim().replace(/\/+$/, '');
	return trimmed || DEFAULT_SITE_ORIGIN;
}

/** What the build says when SITE_ORIGIN is not set; null when it is. */
export function siteOriginNotice(value = process.env.SITE_ORIGIN) {
	if (value?.trim()) return null;
	return (
		`article-map: SITE_ORIGIN is not set: links in previews point to ${DEFAULT_SITE_ORIGIN} ` +
		'(canonical, og:url, og:image, oEmbed). Build with SITE_ORIGIN=https://your.site for a public deploy.'
	);
}
