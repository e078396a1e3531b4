import { describe, expect, it } from 'vitest';
import { parseSnapshotArgs, type SnapshotOptions } from './args';

const options = (argv: string[]): SnapshotOptions => {
	const parsed = parseSnapshotArgs(argv);
	if (parsed.help) throw new Error('expected options, got --help');
	return parsed.options;
};

describe('parseSnapshotArgs', () => {
	it('reads a path, the output and its format, with defaults for dpi and timeout', () => {
		expect(options(['/print?place=x', '--out', 'map.pdf'])).toEqual({
			allPlaces: false,
			input: '/print?place=x',
			out: 'map.pdf',
			format: 'pdf',
			paper: undefined,
			orient: undefined,
			dpi: 300,
			timeoutS: 60
		});
	});

	it('reads every option, in any order and in --key=value form', () => {
		expect(
			options(['--paper=letter', '--out', 'x/Map.PNG', '/', '--orient', 'portrait', '--dpi', '150', '--timeout=5'])
		).toMatchObject({
			input: '/',
			out: 'x/Map.PNG',
			format: 'png',
			paper: 'letter',
			orient: 'portrait',
			dpi: 150,
			timeoutS: 5
		});
	});

	it('reads --all-places with a folder, PDF unless --format says PNG', () => {
		expect(options(['--all-places', '--out', 'maps/'])).toEqual({
			allPlaces: true,
			outDir: 'maps/',
			format: 'pdf',
			paper: undefined,
			orient: undefined,
			dpi: 300,
			timeoutS: 60
		});
		expect(options(['--out=maps', '--format', 'png', '--dpi', '72', '--all-places', '--paper', 'a3'])).toMatchObject({
			allPlaces: true,
			outDir: 'maps',
			format: 'png',
			paper: 'a3',
			dpi: 72
		});
	});

	it('asks for help', () => {
		expect(parseSnapshotArgs(['--help'])).toEqual({ help: true });
		expect(parseSnapshotArgs(['/', '-h'])).toEqual({ help: true });
	});

	it.each([
		[['/', '--out', 'a.pdf', '--bogus'], 'unknown option --bogus'],
		[['/'], 'missing --out <file.pdf|file.png>'],
		[['/', '--out'], 'option --out needs a value'],
		[['--out', 'a.pdf'], 'missing <path-or-url> (see --help)'],
		[['/', 'two', '--out', 'a.pdf'], 'unexpected argument "two": give one path or URL'],
		[['/', '--out', 'x.txt'], '--out must end in .pdf or .png, not "x.txt"'],
		[['/', '--out', 'pdf'], '--out must end in .pdf or .png, not "pdf"'],
		[['/', '--out', 'a.pdf', '--paper', 'b5'], '--paper must be one of a4, a3, letter, not "b5"'],
		[['/', '--out', 'a.pdf', '--orient', 'up'], '--orient must be one of landscape, portrait, not "up"'],
		[['/', '--out', 'a.png', '--dpi', 'high'], '--dpi must be a number from 50 to 600, not "high"'],
		[['/', '--out', 'a.png', '--dpi', '5000'], '--dpi must be a number from 50 to 600, not "5000"'],
		[['/', '--out', 'a.png', '--timeout', '0'], '--timeout must be a number from 1 to 600, not "0"'],
		[['--all-places'], 'missing --out <folder>'],
		[['--all-places', '/', '--out', 'x/'], '--all-places takes no path or URL, not "/"'],
		[['--all-places', '--out', 'x.pdf'], '--out must be a folder with --all-places, not "x.pdf"'],
		[['--all-places', '--out', 'x', '--format', 'svg'], '--format must be one of pdf, png, not "svg"'],
		[
			['/', '--out', 'a.pdf', '--format', 'png'],
			'--format goes with --all-places: a single file takes the format of its name'
		]
	])('refuses %j with one clear line', (argv, message) => {
		expect(() => parseSnapshotArgs(argv)).toThrow(message);
		try {
			parseSnapshotArgs(argv);
		} catch (error) {
			expect((error as Error).message).toBe(message);
			expect((error as Error).name).toBe('SnapshotError');
		}
	});
});
