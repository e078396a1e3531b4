import { describe, expect, it } from 'vitest';
import { formatDecimal, formatDms } from './coordinates';

describe('formatDecimal', () => {
	it('writes 5 decimals with hemisphere letters', () => {
		expect(formatDecimal(43.25, 76.95)).toBe('43.25000° N, 76.95000° E');
	});

	it('writes south and west without a minus sign', () => {
		expect(formatDecimal(-33.456789, -70.648271)).toBe('33.45679° S, 70.64827° W');
	});

	it('calls the equator and the prime meridian north and east, even from just below', () => {
		expect(formatDecimal(0, 0)).toBe('0.00000° N, 0.00000° E');
		expect(formatDecimal(-0.000001, -0)).toBe('0.00000° N, 0.00000° E');
	});

	it('writes the poles and the antimeridian', () => {
		expect(formatDecimal(90, 180)).toBe('90.00000° N, 180.00000° E');
		expect(formatDecimal(-90, -180)).toBe('90.00000° S, 180.00000° W');
	});
});

describe('formatDms', () => {
	it('writes degrees, two-digit minutes and seconds, hemisphere letters', () => {
		expect(formatDms(43.25, 76.95)).toBe('43°15′00″ N 76°57′00″ E');
		expect(formatDms(51.1694, 71.4491)).toBe('51°10′10″ N 71°26′57″ E');
	});

	it('writes south and west without a minus sign', () => {
		expect(formatDms(-33.5, -70.25)).toBe('33°30′00″ S 70°15′00″ W');
	});

	it('calls the equator and the prime meridian north and east', () => {
		expect(formatDms(0, 0)).toBe('0°00′00″ N 0°00′00″ E');
		expect(formatDms(-0.0001, -0.0001)).toBe('0°00′00″ N 0°00′00″ E');
	});

	it('carries 60 seconds into the next minute, and 60 minutes into the next degree', () => {
		expect(formatDms(10.999999, 20.016666)).toBe('11°00′00″ N 20°01′00″ E');
		expect(formatDms(43.2499, -76.9999)).toBe('43°15′00″ N 77°00′00″ W');
	});
});
