import { embedCode, embedUrl } from './embed';

/** The oEmbed answer's size: the embed code's frame (480 pixels high, as wide as its column) at a typical width. */
export const OEMBED_SIZE = { width: 640, height: 480 } as const;

export interface OembedSource {
	/** The page's public address, e.g. `https://news.example/place/almaty-akimat`. */
	pageUrl: string;
	/** The title, for the embed's `<iframe title>` and the answer's `title`. */
	title: string;
	/** The site's own address, the provider. */
	siteUrl: string;
	/** The article the map is of: its outlet and address. */
	source: { outlet: string; url: string };
	/** The page's preview image (1200 × 630). */
	thumbnailUrl: string;
}

/**
 * The oEmbed (1.0) answer for a map page: a `rich` embed whose `html` is the embed code the share panel gives.
 * @example oembedJson({ pageUrl: 'https://x.org/place/a', … }).html // → '<iframe src="https://x.org/embed?place=a" …'
 */
export function oembedJson({ pageUrl, title, siteUrl, source, thumbnailUrl }: OembedSource) {
	return {
		type: 'rich',
		version: '1.0',
		title,
		author_name: source.outlet,
		author_url: source.url,
		provider_name: new URL(siteUrl).host,
		provider_url: siteUrl,
		html: embedCode(embedUrl(pageUrl), title),
		...OEMBED_SIZE,
		thumbnail_url: thumbnailUrl,
		thumbnail_width: 1200,
		thumbnail_height: 630
	};
}
