import { renderBasemap } from './basemap';
import { attrs } from './escape';
import { renderBasemapLabels, renderPlaceLabels } from './labels';
import { pinMarker } from './markers';
import { frameFor, prepareMapInput } from './project';
import { renderStoryLayer } from './story';
import { Collider, fontFamily } from './text';
import type { SvgMapInput } from './types';

/**
 * The map as a standalone SVG string, showing exactly what the interactive map shows for the same centre, zoom,
 * bearing and container size: basemap, story layers in `input.layers` order (first at the bottom) as
 * `<g data-layer="<id>">`, then the pin. Text is real `<text>`, so it stays sharp and searchable in a PDF.
 * Pass an input from `prepareMapInput` when rendering the same data often.
 */
export function renderMapSvg(input: SvgMapInput): string {
	const { width, height, lang } = input;
	const data = prepareMapInput(input);
	const frame = frameFor(input.view, width, height, { steps: input.steps });
	const hidden = new Set(input.hidden ?? []);
	const layers = input.layers.filter((l) => !hidden.has(l.id));
	const display = (id: string) => data.display[id] ?? { type: 'FeatureCollection' as const, features: [] };
	// MapLibre places labels from the top layer down: story labels win over basemap labels.
	const collider = new Collider(width, height);
	const placeLabels = new Map(
		[...layers].reverse().map((l) => [l.id, renderPlaceLabels(l, display(l.id), frame, lang, collider)])
	);
	const basemapLabels = data.basemap.labels ? renderBasemapLabels(data.basemap.labels, frame, lang, collider) : '';
	const story = layers.map((l) => renderStoryLayer(l, display(l.id), frame, input.numbers, placeLabels.get(l.id)));
	const pin = input.pin && frame.projection([input.pin.lon, input.pin.lat]);
	const root = attrs({
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': input.fontFamily ?? fontFamily,
		role: 'img'
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg"${root}>`,
		renderBasemap(data.basemap, frame, input.focus),
		basemapLabels,
		...story,
		pin ? pinMarker(pin[0], pin[1]) : '',
		'</svg>'
	].join('');
}
