import { describe, expect, it } from 'vitest';
import { labelSetCss } from './vector-map';

describe('labelSetCss', () => {
	const css = labelSetCss([1, 0.5, 0.75], { width: 800, height: 640 });
	const labels = '[data-vector-map] g[data-basemap="labels"] g[data-in]';
	const show = (s: number, k: number) =>
		`${labels}:not([data-in~="${s}"]){display:none}${labels}[data-in~="${s}"]{display:inline}${labels}>text{transform:scale(${k})}`;

	it('shows the largest scale’s labels where no query holds, at their size', () => {
		expect(css.split('@container ')[0]).toBe(show(1, 1));
	});

	it('shows, in a smaller box, the labels of the next smaller scale, larger by as much, the smallest box last', () => {
		const queries = css.split('@container ').slice(1);
		expect(queries.map((q) => [q.slice(0, q.indexOf('{')), q.slice(q.indexOf('{') + 1, -1)])).toEqual([
			['(width < 800px) or (height < 640px)', show(0.75, 1.3333)],
			['(width < 600px) or (height < 480px)', show(0.5, 2)]
		]);
	});
});
