import { parseArgs } from 'node:util';
import { SnapshotError } from './errors';
import { isOrient, isPaper, orients, papers, type Orient, type Paper } from './paper';

export const usage = `Usage: npm run snapshot -- <path-or-url> --out <file.pdf|file.png> [options]
       npm run snapshot -- --all-places --out <folder> [--format pdf|png] [options]

Renders the print layout of a deep link to a one-page PDF (vector) or a PNG.

  <path-or-url>      a path of this site, served from build/ (built first if missing):
                     /print?place=almaty-akimat, /?place=…&map=…, /place/<id>
                     (/ and /place/<id> become the print page with the same query),
                     or a full http(s):// URL, used as it is
  --out <file>       where to write: .pdf (one vector page) or .png
  --all-places       one file per place of the story, into the folder --out (made if missing),
                     named <place id>.pdf or .png; one browser for all of them
  --format <type>    pdf | png, with --all-places (default pdf)
  --paper <size>     ${papers.join(' | ')} (default: the link's paper=, else a4)
  --orient <side>    ${orients.join(' | ')} (default: the link's orient=, else landscape)
  --dpi <n>          PNG resolution, 50 to 600 (default 300)
  --timeout <s>      seconds to wait for each page to be ready (default 60)
  -h, --help         this text

A path of this site is opened at its public address, SITE_ORIGIN (now, else when it was built),
else the one the build assumed (http://localhost:4173): that is the link and QR code on the sheet.
Chromium: CHROMIUM_PATH, else /usr/bin/chromium. Requests to other hosts are blocked.`;

export const formats = ['pdf', 'png'] as const;
export type Format = (typeof formats)[number];

interface Common {
	format: Format;
	/** Only when given on the command line: otherwise the link's own `paper=` applies. */
	paper?: Paper;
	orient?: Orient;
	dpi: number;
	timeoutS: number;
}

/** One link to one file, or (`allPlaces`) every place of the story into a folder. */
export type SnapshotOptions = Common &
	({ allPlaces: false; input: string; out: string } | { allPlaces: true; outDir: string });

export type ParsedArgs = { help: true } | { help: false; options: SnapshotOptions };

/** Turns node's parseArgs errors ("Unknown option '--x'. To specify a positional…") into one short line. */
function shortParseError(error: unknown): SnapshotError {
	const { code, message } = error as { code?: string; message: string };
	const option = /'(?:-\w, )?(-[-\w]*)/.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new SnapshotError(`unknown option ${option}`);
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new SnapshotError(`option ${option} needs a value`);
	return new SnapshotError(message.split('\n')[0]!);
}

function readNumber(name: string, text: string | undefined, fallback: number, [min, max]: [number, number]) {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max)
		throw new SnapshotError(`--${name} must be a number from ${min} to ${max}, not "${text}"`);
	return value;
}

/**
 * Reads the command line (without node and the script), e.g.
 * `['/print?place=x', '--out', 'map.pdf', '--paper', 'a3']`. Throws a SnapshotError on anything wrong.
 */
export function parseSnapshotArgs(argv: string[]): ParsedArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				out: { type: 'string', short: 'o' },
				paper: { type: 'string' },
				orient: { type: 'string' },
				dpi: { type: 'string' },
				timeout: { type: 'string' },
				'all-places': { type: 'boolean' },
				format: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		throw shortParseError(error);
	}
	const { values, positionals } = parsed;
	if (values.help) return { help: true };

	const [input, extra] = positionals;
	if (values.paper !== undefined && !isPaper(values.paper))
		throw new SnapshotError(`--paper must be one of ${papers.join(', ')}, not "${values.paper}"`);
	if (values.orient !== undefined && !isOrient(values.orient))
		throw new SnapshotError(`--orient must be one of ${orients.join(', ')}, not "${values.orient}"`);
	const common = {
		paper: values.paper,
		orient: values.orient,
		dpi: readNumber('dpi', values.dpi, 300, [50, 600]),
		timeoutS: readNumber('timeout', values.timeout, 60, [1, 600])
	};

	if (values['all-places']) {
		if (input !== undefined) throw new SnapshotError(`--all-places takes no path or URL, not "${input}"`);
		if (values.out === undefined || values.out === '') throw new SnapshotError('missing --out <folder>');
		if (/\.(pdf|png)$/i.test(values.out))
			throw new SnapshotError(`--out must be a folder with --all-places, not "${values.out}"`);
		const format = values.format ?? 'pdf';
		if (!formats.includes(format as Format))
			throw new SnapshotError(`--format must be one of ${formats.join(', ')}, not "${format}"`);
		return {
			help: false,
			options: { allPlaces: true, outDir: values.out, format: format as Format, ...common }
		};
	}

	if (input === undefined || input === '') throw new SnapshotError('missing <path-or-url> (see --help)');
	if (extra !== undefined) throw new SnapshotError(`unexpected argument "${extra}": give one path or URL`);
	if (values.out === undefined || values.out === '') throw new SnapshotError('missing --out <file.pdf|file.png>');
	if (values.format !== undefined)
		throw new SnapshotError('--format goes with --all-places: a single file takes the format of its name');
	const format = /\.(pdf|png)$/i.exec(values.out)?.[1]?.toLowerCase() as Format | undefined;
	if (!format) throw new SnapshotError(`--out must end in .pdf or .png, not "${values.out}"`);
	return { help: false, options: { allPlaces: false, input, out: values.out, format, ...common } };
}
