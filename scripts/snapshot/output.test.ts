import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWritable, formatBytes, pdfPageCount, pngSize } from './output';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pdfPageCount', () => {
	it('counts page objects, not the page tree', () => {
		const pdf =
			'%PDF-1.4\n1 0 obj <</Type /Pages /Kids [2 0 R 3 0 R]>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page/Parent 1 0 R>>';
		expect(pdfPageCount(Buffer.from(pdf, 'latin1'))).toBe(2);
		expect(pdfPageCount(Buffer.from('not a pdf'))).toBe(0);
	});
});

describe('pngSize', () => {
	it('reads width and height from the IHDR chunk', () => {
		const header = Buffer.alloc(24);
		header.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
		header.writeUInt32BE(13, 8);
		header.write('IHDR', 12, 'latin1');
		header.writeUInt32BE(3508, 16);
		header.writeUInt32BE(2480, 20);
		expect(pngSize(header)).toEqual({ width: 3508, height: 2480 });
		expect(pngSize(Buffer.from('GIF89a, not a png at all'))).toBeUndefined();
	});
});

describe('formatBytes', () => {
	it('says bytes, KB or MB', () => {
		expect(formatBytes(950)).toBe('950 B');
		expect(formatBytes(184_320)).toBe('180 KB');
		expect(formatBytes(1_300_000)).toBe('1.2 MB');
	});
});

describe('checkWritable', () => {
	it('passes a new file in a writable folder and leaves nothing behind', () => {
		const file = join(dir, 'new.pdf');
		checkWritable(file);
		expect(existsSync(file)).toBe(false);
	});

	it('leaves an existing file as it was', () => {
		const file = join(dir, 'old.pdf');
		writeFileSync(file, 'old');
		checkWritable(file);
		expect(readFileSync(file, 'utf8')).toBe('old');
	});

	it('names the file and the reason when it cannot be written', () => {
		expect(() => checkWritable(join(dir, 'missing', 'x.pdf'))).toThrow(
			`cannot write ${join(dir, 'missing', 'x.pdf')}: folder ${join(dir, 'missing')} does not exist`
		);
		expect(() => checkWritable('/proc/x.pdf')).toThrow(/^cannot write \/proc\/x\.pdf: /);
		expect(() => checkWritable(dir)).toThrow(`cannot write ${dir}: it is a folder`);
	});
});
