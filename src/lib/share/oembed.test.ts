import { describe, expect, it } from 'vitest';
import { oembedJson } from './oembed';

describe('oembedJson', () => {
	it("is a rich oEmbed answer whose html is the share panel's embed code of the page", () => {
		const json = oembedJson({
			pageUrl: 'https://news.example/maps/place/almaty-akimat',
			title: 'Akimat · "Clash"',
			siteUrl: 'https://news.example/maps/',
			source: { outlet: 'De Tijd', url: 'https://www.tijd.be/x' },
			thumbnailUrl: 'https://news.example/maps/preview/place/almaty-akimat.png'
		});
		expect(json).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'Akimat · "Clash"',
			provider_name: 'news.example',
			provider_url: 'https://news.example/maps/',
			author_name: 'De Tijd',
			thumbnail_url: 'https://news.example/maps/preview/place/almaty-akimat.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(json.html).toBe(
			'<iframe src="https://news.example/maps/embed?place=almaty-akimat" title="Akimat · &quot;Clash&quot;"' +
				' width="100%" height="480" style="border:0" loading="lazy" allowfullscreen></iframe>'
		);
	});
});
