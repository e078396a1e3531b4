import { FONT, labelPadding } from '../symbology';
import { attrs, escapeXml, num } from './escape';

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Line {
	text: string;
	size: number;
}

export interface TextBlock {
	x: number;
	y: number;
	lines: Line[];
	/** `start`: the block begins at x; `middle`: centred on x. */
	anchor: 'start' | 'middle';
	/** `center`: the block is centred on y; `top`: it hangs from y. */
	align: 'center' | 'top';
	fill: string;
	halo: string;
	haloWidth: number;
	/** Letter spacing in ems. */
	spacing?: number;
}

export const fontFamily = `${FONT}, sans-serif`;
const LINE_HEIGHT = 1.2;

/** A Noto Sans width estimate in pixels, for wrapping and collisions; no font metrics without a DOM. */
export function textWidth(text: string, size: number, spacing = 0): number {
	let ems = 0;
	for (const c of text) ems += c === ' ' ? 0.26 : c === c.toUpperCase() && c !== c.toLowerCase() ? 0.66 : 0.54;
	return (ems + spacing * [...text].length) * size;
}

/** Words broken into lines of about `maxEm` ems, as evenly as MapLibre breaks them (least squared raggedness). */
export function wrap(text: string, size: number, maxEm: number, spacing = 0): string[] {
	const total = textWidth(text, size, spacing);
	const count = Math.ceil(total / (maxEm * size));
	const words = text.split(' ');
	if (count <= 1 || words.length < 2) return [text];
	const target = total / count;
	const width = (i: number, j: number) => textWidth(words.slice(i, j).join(' '), size, spacing);
	// best[j]: the least raggedness of the first j words, and where its last line starts.
	const best: { cost: number; from: number }[] = [{ cost: 0, from: 0 }];
	for (let j = 1; j <= words.length; j++) {
		best[j] = { cost: Infinity, from: 0 };
		for (let i = 0; i < j; i++) {
			const ragged = (width(i, j) - target) ** 2;
			const cost = (best[i]?.cost ?? Infinity) + (j === words.length && width(i, j) < target ? ragged / 2 : ragged);
			if (cost < best[j]!.cost) best[j] = { cost, from: i };
		}
	}
	const lines: string[] = [];
	for (let j = words.length; j > 0; j = best[j]!.from) lines.unshift(words.slice(best[j]!.from, j).join(' '));
	return lines;
}

function layout(b: TextBlock): { box: Box; baselines: number[] } {
	const heights = b.lines.map((l) => l.size * LINE_HEIGHT);
	const height = heights.reduce((a, h) => a + h, 0);
	const width = Math.max(...b.lines.map((l) => textWidth(l.text, l.size, b.spacing)));
	const top = b.align === 'top' ? b.y : b.y - height / 2;
	const left = b.anchor === 'start' ? b.x : b.x - width / 2;
	const baselines: number[] = [];
	let y = top;
	for (const [i, l] of b.lines.entries()) {
		// The baseline sits so that the line's lower-case letters are centred in its line box.
		baselines.push(y + (heights[i] ?? 0) / 2 + 0.36 * l.size);
		y += heights[i] ?? 0;
	}
	return { box: { x0: left, y0: top, x1: left + width, y1: top + height }, baselines };
}

/** The box a text block covers, for collisions. */
export const textBox = (b: TextBlock): Box => layout(b).box;

/** A text block as SVG `<text>`, one `<tspan>` per line, with a halo painted under the letters. */
export function renderText(b: TextBlock): string {
	const { baselines } = layout(b);
	const size = b.lines[0]?.size ?? 12;
	const tspans = b.lines
		.map((l, i) => {
			const s = l.size === size ? '' : attrs({ 'font-size': l.size });
			return `<tspan x="${num(b.x)}" y="${num(baselines[i] ?? b.y)}"${s}>${escapeXml(l.text)}</tspan>`;
		})
		.join('');
	const a = attrs({
		'font-size': size,
		'text-anchor': b.anchor,
		fill: b.fill,
		stroke: b.halo,
		'stroke-width': b.haloWidth * 2,
		'stroke-linejoin': 'round',
		'paint-order': 'stroke',
		'letter-spacing': b.spacing ? b.spacing * size : undefined
	});
	return `<text${a}>${tspans}</text>`;
}

/** Labels placed first keep their place; a later one that would overlap one, or the map's edge, is left out. */
export class Collider {
	readonly #boxes: Box[] = [];
	constructor(
		readonly width: number,
		readonly height: number,
		readonly padding: number = labelPadding
	) {}

	/** Keeps every label placed after this off `box` (a marker), wherever it lies. */
	block(box: Box): void {
		this.#boxes.push(box);
	}

	place(box: Box): boolean {
		const p = this.padding;
		// Whole labels only: a label cut by the edge of a printed map reads as a mistake.
		if (box.x0 < 0 || box.y0 < 0 || box.x1 > this.width || box.y1 > this.height) return false;
		const hit = this.#boxes.some(
			(o) => box.x0 - p < o.x1 && box.x1 + p > o.x0 && box.y0 - p < o.y1 && box.y1 + p > o.y0
		);
		if (!hit) this.#boxes.push(box);
		return !hit;
	}
}
