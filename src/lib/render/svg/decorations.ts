import { distance } from '@turf/turf';
import { basemapColors } from '../symbology';
import { attrs, num } from './escape';
import { projectionFor } from './project';
import { fontFamily, renderText } from './text';
import type { SvgView } from './types';

export interface ScaleBar {
	km: number;
	px: number;
	label: string;
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ km) whose bar is at most `maxPx` long at the map's centre, measured as
 * MapLibre's scale control measures it: the great-circle distance across `maxPx` pixels at the centre's latitude.
 * Example: scaleBar({ center: [10, 48], zoom: 4 }, 1000, 700) is { km: 500, px: 111.6, label: '500 km' } or so.
 */
export function scaleBar(view: SvgView, width: number, height: number, maxPx = 150): ScaleBar {
	const projection = projectionFor({ ...view, bearing: 0 }, width, height);
	const [x, y] = [width / 2, height / 2];
	const a = projection.invert?.([x - maxPx / 2, y]);
	const b = projection.invert?.([x + maxPx / 2, y]);
	if (!a || !b) return { km: 0, px: 0, label: '' };
	const kmPerPx = distance(a, b, { units: 'kilometers' }) / maxPx;
	const maxKm = kmPerPx * maxPx;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const leading = maxKm / power;
	const km = Number(((leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power).toPrecision(1));
	const label = km >= 1 ? `${km} km` : `${Math.round(km * 1000)} m`;
	return { km, px: km / kmPerPx, label };
}

/** A scale bar as SVG: a bar `px` long with end ticks and its label above, its left end at (x, y). */
export function renderScaleBar(bar: ScaleBar, x = 0, y = 0): string {
	const ink = basemapColors.label;
	const d = `M0,-5V0H${num(bar.px)}V-5`;
	const line = (color: string, w: number) =>
		`<path${attrs({ d, fill: 'none', stroke: color, 'stroke-width': w, 'stroke-linejoin': 'round' })}/>`;
	const label = renderText({
		x: bar.px / 2,
		y: -13,
		lines: [{ text: bar.label, size: 11 }],
		anchor: 'middle',
		align: 'center',
		fill: ink,
		halo: basemapColors.halo,
		haloWidth: 1.5
	});
	const g = attrs({ 'data-scale': bar.label, transform: `translate(${num(x)} ${num(y)})`, 'font-family': fontFamily });
	return `<g${g}>${line(basemapColors.halo, 4)}${line(ink, 1.5)}${label}</g>`;
}

/** A north arrow centred on (x, y), turned by −bearing so it points to the north of a rotated map. */
export function renderNorthArrow(bearing = 0, x = 0, y = 0, size = 28): string {
	const s = size / 2;
	const ink = basemapColors.label;
	const half = (side: number, fill: string) =>
		`<path${attrs({ d: `M0,${num(-s)}L${num(side * s * 0.45)},${num(s * 0.6)}L0,${num(s * 0.3)}Z`, fill, stroke: ink, 'stroke-width': 1, 'stroke-linejoin': 'round' })}/>`;
	const n = attrs({
		x: 0,
		y: -s - 3,
		'font-size': Math.max(10, size * 0.4),
		'font-weight': 'bold',
		'font-family': fontFamily,
		'text-anchor': 'middle',
		fill: ink
	});
	const turn = `translate(${num(x)} ${num(y)}) rotate(${num(-bearing, 2)})`;
	return `<g${attrs({ 'data-north': '', transform: turn })}>${half(-1, ink)}${half(1, basemapColors.halo)}<text${n}>N</text></g>`;
}
