const escapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>]/g, (c) => escapes[c] ?? c);

/** An `<iframe>` snippet that embeds the map at `url`, with `title` for screen readers. */
export function embedCode(url: string, title: string): string {
	return (
		`<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="480"` +
		` style="border:0" loading="lazy" allowfullscreen></iframe>`
	);
}

/**
 * The embed view of a page: the same origin and query with the route `/embed`; a place page keeps its place.
 * Example: embedUrl('https://x.org/story/place/almaty-akimat?lang=en') is
 * 'https://x.org/story/embed?lang=en&place=almaty-akimat'.
 */
export function embedUrl(pageUrl: string): string {
	const url = new URL(pageUrl);
	const place = /\/place\/([^/]+)\/?$/.exec(url.pathname);
	if (place?.[1]) {
		url.pathname = url.pathname.slice(0, place.index) + '/embed';
		// Appended by hand: rewriting searchParams would re-encode the other parameters (`/` as `%2F`).
		if (!url.searchParams.has('place'))
			url.search += `${url.search ? '&' : '?'}place=${place[1].replace(/[&=+]/g, encodeURIComponent)}`;
	} else if (!/\/embed\/?$/.test(url.pathname)) {
		url.pathname = url.pathname.replace(/\/?$/, '/embed');
	}
	return url.href;
}
