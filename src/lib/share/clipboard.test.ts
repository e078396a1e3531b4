import { describe, expect, it, vi } from 'vitest';
import { copyText, embedCode, embedUrl } from './clipboard';

describe('embedCode', () => {
	it('writes a lazy, borderless, full-width iframe', () => {
		expect(embedCode('https://example.org/embed?lang=en', 'Protests in Almaty')).toBe(
			'<iframe src="https://example.org/embed?lang=en" title="Protests in Almaty" width="100%" height="480"' +
				' style="border:0" loading="lazy" allowfullscreen></iframe>'
		);
	});

	it('escapes a hostile title so it cannot close the attribute or the tag', () => {
		const code = embedCode('https://example.org/embed', '"><script>alert(1)</script> & co');
		expect(code).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
		expect(code).not.toContain('<script>');
	});

	it('escapes the URL, ampersands included', () => {
		const code = embedCode('https://example.org/embed?a=1&b="x"<y>', 'Map');
		expect(code).toContain('src="https://example.org/embed?a=1&amp;b=&quot;x&quot;&lt;y&gt;"');
		// Six attributes, two quotes each: none of the escaped quotes leaked through.
		expect(code.match(/"/g)).toHaveLength(12);
	});
});

describe('embedUrl', () => {
	it('turns the map page into the embed page', () => {
		expect(embedUrl('https://example.org/')).toBe('https://example.org/embed');
	});

	it('keeps the query as written', () => {
		expect(embedUrl('https://example.org/?map=5/43.25/76.95&lang=en')).toBe(
			'https://example.org/embed?map=5/43.25/76.95&lang=en'
		);
	});

	it('keeps the place of a place page in the query', () => {
		expect(embedUrl('https://example.org/place/almaty-akimat')).toBe('https://example.org/embed?place=almaty-akimat');
		expect(embedUrl('https://example.org/place/almaty-akimat/?lang=en')).toBe(
			'https://example.org/embed?lang=en&place=almaty-akimat'
		);
	});

	it('does not override a place the query already names', () => {
		expect(embedUrl('https://example.org/place/almaty-akimat?place=airport')).toBe(
			'https://example.org/embed?place=airport'
		);
	});

	it('keeps a base path', () => {
		expect(embedUrl('https://example.org/stories/almaty/')).toBe('https://example.org/stories/almaty/embed');
		expect(embedUrl('https://example.org/stories/almaty/place/airport')).toBe(
			'https://example.org/stories/almaty/embed?place=airport'
		);
	});
});

/** A document just big enough for copyText, recording what happened to it. */
function fakeDocument({ writeText, execCommand }: { writeText?: () => Promise<void>; execCommand: () => boolean }) {
	const previous = { focus: vi.fn() };
	const range = { id: 'reader selection' };
	const ranges: unknown[] = [range];
	const selection = {
		get rangeCount() {
			return ranges.length;
		},
		getRangeAt: (i: number) => ranges[i],
		removeAllRanges: () => ranges.splice(0),
		addRange: (r: unknown) => ranges.push(r)
	};
	const areas: { value: string; remove: () => void; attached: boolean }[] = [];
	const doc = {
		defaultView: { navigator: writeText ? { clipboard: { writeText: vi.fn(writeText) } } : {} },
		activeElement: previous,
		getSelection: () => selection,
		createElement: () => {
			const area = {
				value: '',
				attached: false,
				style: { cssText: '' },
				setAttribute: vi.fn(),
				select: vi.fn(() => ranges.splice(0)),
				setSelectionRange: vi.fn(),
				remove: () => (area.attached = false)
			};
			areas.push(area);
			return area;
		},
		body: { appendChild: (area: { attached: boolean }) => (area.attached = true) },
		execCommand: vi.fn(execCommand)
	};
	return { doc: doc as unknown as Document, execCommand: doc.execCommand, previous, ranges, range, areas };
}

describe('copyText', () => {
	it('uses the Clipboard API when it is allowed', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		const fake = fakeDocument({ writeText, execCommand: () => true });
		expect(await copyText('https://example.org/', fake.doc)).toBe('clipboard');
		expect(writeText).toHaveBeenCalledWith('https://example.org/');
		expect(fake.execCommand).not.toHaveBeenCalled();
	});

	it('falls back on a hidden textarea when the Clipboard API refuses', async () => {
		const fake = fakeDocument({
			writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
			execCommand: () => true
		});
		expect(await copyText('https://example.org/', fake.doc)).toBe('fallback');
		expect(fake.execCommand).toHaveBeenCalledWith('copy');
		expect(fake.areas).toHaveLength(1);
		expect(fake.areas[0]).toMatchObject({ value: 'https://example.org/', attached: false });
		expect(fake.previous.focus).toHaveBeenCalled();
		expect(fake.ranges).toEqual([fake.range]);
	});

	it('falls back when there is no Clipboard API', async () => {
		const fake = fakeDocument({ execCommand: () => true });
		expect(await copyText('x', fake.doc)).toBe('fallback');
	});

	it('reports failure, without throwing, when neither way copies', async () => {
		const refused = fakeDocument({ writeText: () => Promise.reject(new Error('no')), execCommand: () => false });
		expect(await copyText('x', refused.doc)).toBe('failed');
		expect(refused.areas[0]?.attached).toBe(false);

		const throwing = fakeDocument({
			execCommand: () => {
				throw new Error('SecurityError');
			}
		});
		expect(await copyText('x', throwing.doc)).toBe('failed');
		expect(throwing.previous.focus).toHaveBeenCalled();
	});
});
