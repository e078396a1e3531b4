import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { attrs } from './escape';
import type { Frame } from './project';
import { basemapColors, boundaryDash, dashArray, midscale, riverWidth, widths } from '../symbology';

type Props = Record<string, unknown>;
type Collection = FeatureCollection<Geometry, Props>;

/** The English name of a basemap feature, flattened (`name_en`) or as in the raw files (`name: { en }`). */
export function englishName(p: Props | null): string | undefined {
	const name = p?.name;
	const nested = name && typeof name === 'object' ? (name as Props).en : undefined;
	const value = p?.name_en ?? nested;
	return typeof value === 'string' ? value : undefined;
}

/** One path for many features; features outside the view add nothing. */
export function pathOf(frame: Frame, features: Feature<Geometry, Props>[]): string {
	let d = '';
	for (const f of features) d += frame.path(f) ?? '';
	return d;
}

function fill(frame: Frame, name: string, features: Feature<Geometry, Props>[], color: string): string {
	const d = pathOf(frame, features);
	return d ? `<path${attrs({ 'data-basemap': name, fill: color, d })}/>` : '';
}

function stroke(
	frame: Frame,
	name: string,
	features: Feature<Geometry, Props>[],
	color: string,
	width: number,
	dash?: number[]
): string {
	const d = pathOf(frame, features);
	if (!d) return '';
	const a = attrs({
		'data-basemap': name,
		fill: 'none',
		stroke: color,
		'stroke-width': width,
		'stroke-dasharray': dash ? dashArray(dash, width) : undefined,
		d
	});
	return `<path${a}/>`;
}

const ofKind = (fc: Collection | undefined, kind: string) =>
	(fc?.features ?? []).filter((f) => f.properties?.kind === kind);

/**
 * The basemap below the story, as `basemapLayers` draws it: water, world land and borders, countries (focus lighter),
 * lakes, and from `midscale.minzoom` on the reservoirs, oblast borders and named rivers, then rivers and dashed borders. Labels are drawn separately (labels.ts), after the collisions are known.
 */
export function renderBasemap(basemap: Record<string, Collection>, frame: Frame, focus: string[]): string {
	const { world, countries, water, rivers, boundaries, oblasts, waterways } = basemap;
	// The mid-scale files only from their zoom on, as MapLibre's minzoom: the first view at a lower zoom omits them.
	const mid = frame.zoom >= midscale.minzoom;
	const c = basemapColors;
	const parts = [`<rect${attrs({ width: frame.width, height: frame.height, fill: c.water })}/>`];
	if (world)
		parts.push(
			fill(frame, 'world', ofKind(world, 'land'), c.land),
			stroke(frame, 'world-boundaries', ofKind(world, 'boundary'), c.border, widths.worldBoundary, boundaryDash)
		);
	if (countries) {
		const isFocus = (f: Feature<Geometry, Props>) => focus.includes(englishName(f.properties) ?? '');
		parts.push(
			fill(
				frame,
				'countries',
				countries.features.filter((f) => !isFocus(f)),
				c.land
			),
			fill(frame, 'countries-focus', countries.features.filter(isFocus), c.focusLand)
		);
	}
	if (water) parts.push(fill(frame, 'water', water.features, c.water));
	if (mid && waterways) parts.push(fill(frame, 'reservoirs', ofKind(waterways, 'reservoir'), c.water));
	if (mid && oblasts)
		parts.push(
			stroke(frame, 'oblasts', ofKind(oblasts, 'border'), c.regionBorder, midscale.borderWidth, [
				...midscale.borderDash
			])
		);
	if (mid && waterways)
		parts.push(stroke(frame, 'waterways', ofKind(waterways, 'river'), c.river, riverWidth(frame.zoom)));
	if (rivers) {
		// As MapLibre's basemap-rivers layers: a river the mid-scale file draws finer only below its zoom, the stretches
		// its finer course does not follow only from it.
		const hiddenStage = mid ? 'below' : 'beyond';
		const shown = rivers.features.filter((f) => f.properties?.midscale !== hiddenStage);
		parts.push(stroke(frame, 'rivers', shown, c.river, riverWidth(frame.zoom)));
	}
	if (boundaries) parts.push(stroke(frame, 'boundaries', boundaries.features, c.border, widths.boundary, boundaryDash));
	return parts.join('');
}
