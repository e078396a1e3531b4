const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for SVG content and attribute values: names come from data files and URLs.
 * Example: escapeXml('<b>"A&B"</b>') is '&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'.
 */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const characters = Object.fromEntries(Object.entries(entities).map(([c, e]) => [e, c]));

/** The text that {@link escapeXml} made safe, as it was. Example: unescapeXml('A &amp; B') is 'A & B'. */
export function unescapeXml(text: string): string {
	return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => characters[e] ?? e);
}

/** A number for SVG: one decimal (coordinates) unless told, no `-0`. */
export function num(n: number, digits = 1): string {
	const f = 10 ** digits;
	const r = Math.round(n * f) / f;
	return String(r === 0 ? 0 : r);
}

const coordinates = new Set(['x', 'y', 'cx', 'cy', 'width', 'height']);

/** SVG attributes from a record, escaped, leaving out undefined values; coordinates to one decimal. */
export function attrs(values: Record<string, string | number | undefined>): string {
	return Object.entries(values)
		.filter((e): e is [string, string | number] => e[1] !== undefined)
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v, coordinates.has(k) ? 1 : 3) : escapeXml(v)}"`)
		.join('');
}
