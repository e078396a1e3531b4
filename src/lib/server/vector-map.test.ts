import { describe, expect, it } from 'vitest';
import { labelSetCss } from './vector-map';

describe('labelSetCss', () => {
	const css = labelSetCss([1, 0.5, 0.75], { width: 800, height: 640 });
	const set = (s: number) => `[data-vector-map] g[data-label-scale="${s}"]`;

	it('shows the largest set where no query holds, and hides the others', () => {
		expect(css.startsWith(`${set(0.5)},${set(0.75)}{display:none}`)).toBe(true);
	});

	it('shows, in a smaller box, the set of the next smaller scale, the smallest box last', () => {
		const queries = [...css.matchAll(/@container ([^{]+)\{([^}]+)\{display:none\}([^}]+)\{display:inline\}\}/g)];
		expect(queries.map((q) => [q[1], q[2], q[3]])).toEqual([
			['(width < 800px) or (height < 640px)', set(1), set(0.75)],
			['(width < 600px) or (height < 480px)', set(0.75), set(0.5)]
		]);
	});
});
