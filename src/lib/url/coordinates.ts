/** Hemisphere letter; a value that rounds to zero counts as north or east, never "0° S". */
const hemisphere = (roundedToZero: boolean, value: number, [plus, minus]: readonly [string, string]) =>
	roundedToZero || value >= 0 ? plus : minus;

const northSouth = ['N', 'S'] as const;
const eastWest = ['E', 'W'] as const;

function decimalPart(value: number, letters: readonly [string, string]): string {
	const text = Math.abs(value).toFixed(5);
	return `${text}° ${hemisphere(Number(text) === 0, value, letters)}`;
}

/**
 * A position in decimal degrees, 5 decimals (about a metre), hemisphere letters instead of signs.
 * @example formatDecimal(43.25, -76.95) // → '43.25000° N, 76.95000° W'
 */
export function formatDecimal(lat: number, lon: number): string {
	return `${decimalPart(lat, northSouth)}, ${decimalPart(lon, eastWest)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dmsPart(value: number, letters: readonly [string, string]): string {
	// Rounding whole seconds first carries 59.6″ into the next minute (and 59′60″ into the next degree).
	const seconds = Math.round(Math.abs(value) * 3600);
	const d = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	return `${d}°${pad(m)}′${pad(seconds % 60)}″ ${hemisphere(seconds === 0, value, letters)}`;
}

/**
 * A position in degrees, minutes and whole seconds, hemisphere letters instead of signs.
 * @example formatDms(43.25, 76.95) // → '43°15′00″ N 76°57′00″ E'
 */
export function formatDms(lat: number, lon: number): string {
	return `${dmsPart(lat, northSouth)} ${dmsPart(lon, eastWest)}`;
}
