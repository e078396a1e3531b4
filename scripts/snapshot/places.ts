import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SnapshotError } from './errors';

/** Every place of the built story, in the story's order: the keys of the build's `/place-details.json`. */
export function placeIds(buildDir: string): string[] {
	const file = join(buildDir, 'place-details.json');
	if (!existsSync(file)) throw new SnapshotError(`${file} is missing: rebuild the site (npm run build)`);
	const ids = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
	if (ids.length === 0) throw new SnapshotError(`${file} names no place`);
	return ids;
}

/** Makes the output folder (and its parents) unless it exists; a file in its way is an error. */
export function makeFolder(dir: string) {
	if (existsSync(dir) && !statSync(dir).isDirectory()) throw new SnapshotError(`cannot write ${dir}: it is a file`);
	try {
		mkdirSync(dir, { recursive: true });
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		const why =
			code === 'ENOTDIR' ? 'a file is in its path' : message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
		throw new SnapshotError(`cannot write ${dir}: ${why}`);
	}
}

/**
 * Shows one line of progress at a time: on a terminal it rewrites the line, elsewhere (a log, a pipe) it
 * writes one line each. `end()` finishes a rewritten line before other output.
 */
export function progress(stream: { isTTY?: boolean; write: (text: string) => unknown }) {
	let open = false;
	const show = (line: string) => {
		if (!stream.isTTY) stream.write(`${line}\n`);
		else {
			stream.write(`\r\x1b[2K${line}`);
			open = true;
		}
	};
	show.end = () => {
		if (open) stream.write('\n');
		open = false;
	};
	return show;
}
