import { describe, expect, it } from 'vitest';
import { formatDateRange, formatTick } from './i18n';

describe('dates in words', () => {
	it('says a day, a range within a month and a range across months in each language', () => {
		expect(formatDateRange('nl', '2022-01-05')).toBe('5 januari 2022');
		expect(formatDateRange('en', '2022-01-06', '2022-01-08')).toBe('6–8 January 2022');
		expect(formatDateRange('en', '2021-12-30', '2022-01-02')).toBe('30 December 2021 – 2 January 2022');
	});

	it('gives a tick its month on the first tick and where a month begins, else the day alone', () => {
		expect(formatTick('nl', '2022-01-02', true)).toBe('2 jan');
		expect(formatTick('en', '2022-01-03', false)).toBe('3');
		expect(formatTick('en', '2022-02-01', false)).toBe('1 Feb');
	});

	it('gives the same words when asked again (formatters are reused, not rebuilt)', () => {
		const first = formatDateRange('nl', '2022-01-05', '2022-01-07');
		expect(formatDateRange('nl', '2022-01-05', '2022-01-07')).toBe(first);
		expect(formatDateRange('en', '2022-01-05', '2022-01-07')).toBe('5–7 January 2022');
	});

	it("says every day of 2021 and 2022 as the browsers' own formatter does, in both languages", () => {
		for (let t = Date.UTC(2021, 0, 1); t < Date.UTC(2023, 0, 1); t += 86_400_000) {
			const day = new Date(t).toISOString().slice(0, 10);
			for (const [lang, locale] of [
				['nl', 'nl-BE'],
				['en', 'en-GB']
			] as const) {
				const intl = new Intl.DateTimeFormat(locale, {
					timeZone: 'UTC',
					day: 'numeric',
					month: 'long',
					year: 'numeric'
				});
				expect(formatDateRange(lang, day), day).toBe(intl.format(new Date(t)));
			}
		}
	});
});
