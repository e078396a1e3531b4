import { accessSync, closeSync, constants, existsSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SnapshotError } from './errors';

/** "EACCES: permission denied, open '/x/y.pdf'" → "permission denied". */
function reason(error: unknown): string {
	const { code, message } = error as NodeJS.ErrnoException;
	if (code === 'EISDIR') return 'it is a folder';
	return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

/**
 * Fails early, before Chromium starts, when `file` cannot be written. Root passes `access()` almost
 * everywhere (even /proc), so this opens the file for real, without touching an existing one.
 */
export function checkWritable(file: string) {
	const dir = dirname(resolve(file));
	const fail = (why: string) => new SnapshotError(`cannot write ${file}: ${why}`);
	if (!existsSync(dir)) throw fail(`folder ${dir} does not exist`);
	if (!statSync(dir).isDirectory()) throw fail(`${dir} is not a folder`);
	try {
		accessSync(dir, constants.W_OK);
	} catch {
		throw fail(`folder ${dir} is not writable`);
	}
	const existed = existsSync(file);
	try {
		closeSync(openSync(file, 'a'));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw fail(code === 'ENOENT' ? `cannot create files in ${dir}` : reason(error));
	} finally {
		if (!existed) rmSync(file, { force: true });
	}
}

export function writeOutput(file: string, data: Uint8Array) {
	try {
		writeFileSync(file, data);
	} catch (error) {
		throw new SnapshotError(`cannot write ${file}: ${reason(error)}`);
	}
}

/** Pages in a PDF as Chromium writes it (no object streams): its `/Type /Page` objects. */
export function pdfPageCount(pdf: Uint8Array): number {
	return (
		Buffer.from(pdf)
			.toString('latin1')
			.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
	);
}

/** Width and height from a PNG's IHDR chunk (bytes 16 to 24), or undefined when it is no PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
	const bytes = Buffer.from(png);
	if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR')
		return undefined;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** 950 → "950 B", 184_320 → "180 KB", 1_300_000 → "1.2 MB". */
export function formatBytes(n: number): string {
	if (n < 1024) return `${n} B`;
	if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
