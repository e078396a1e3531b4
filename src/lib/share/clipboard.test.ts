import { describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

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
