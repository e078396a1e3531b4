import { describe, expect, it } from 'vitest';
import { dashCss, labelSetCss, preloadModulesLast } from './vector-map';

describe('labelSetCss', () => {
	const css = labelSetCss([1, 0.5, 0.75], { width: 800, height: 640 });
	const labels = '[data-vector-map] g[data-basemap="labels"] g[data-in]';
	const show = (s: number, k: number) =>
		`${labels}:not([data-in~="${s}"]){display:none}${labels}[data-in~="${s}"]{display:inline}${labels}>text,[data-vector-map] g[data-layer]>g[data-cluster]{transform:scale(calc(${k} / var(--k, 1)))}`;

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

describe('dashCss', () => {
	it('scales back each dash pattern of the drawing by its zoom, once each', () => {
		const svg = '<path stroke-dasharray="4.5 3"/><path stroke-dasharray="10 5"/><path stroke-dasharray="4.5 3"/>';
		expect(dashCss(svg)).toBe(
			'[data-vector-map] svg[data-scaled] [stroke-dasharray="4.5 3"]{stroke-dasharray:calc(4.5px / var(--k, 1)) calc(3px / var(--k, 1))}' +
				'[data-vector-map] svg[data-scaled] [stroke-dasharray="10 5"]{stroke-dasharray:calc(10px / var(--k, 1)) calc(5px / var(--k, 1))}'
		);
		expect(dashCss('<path d="M0 0"/>')).toBe('');
	});
});

describe('preloadModulesLast', () => {
	// As SvelteKit writes a page: the modules' preloads in the head, the script that starts the page in the body.
	const page = (head: string, body: string) =>
		`<!doctype html><html><head><meta charset="utf-8">${head}<style>x{}</style></head>` +
		`<body><div style="display: contents"><div data-vector-map><svg></svg></div>${body}</div></body></html>`;
	const start = '<script>import("/_app/immutable/entry/start.js")</script>';
	const preloads =
		'<link href="/_app/immutable/entry/start.js" rel="modulepreload">' +
		'<link href="/_app/immutable/chunks/a.js" rel="modulepreload">';

	it('moves every module preload out of the head to the end of the body, in order, after the drawing', () => {
		const out = preloadModulesLast(page(preloads, start));
		const head = out.slice(0, out.indexOf('</head>'));
		expect(head).not.toContain('modulepreload');
		expect(out).toBe(page('', start).replace('</body>', `${preloads}</body>`));
		expect(out.indexOf('modulepreload')).toBeGreaterThan(out.indexOf('</svg>'));
	});

	it('leaves a page without module preloads as it is', () => {
		expect(preloadModulesLast(page('<link rel="icon" href="/favicon.svg">', start))).toBe(
			page('<link rel="icon" href="/favicon.svg">', start)
		);
	});
});
