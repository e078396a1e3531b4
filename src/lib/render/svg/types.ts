import type { FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../../i18n';
import type { Display } from '../../story/display';
import type { Place } from '../../places/places';
import type { LayerMeta } from '../../story/types';
import type { CityFeatures } from './city';
import type { NumberedMarker } from './numbering';

/** The camera, as the interactive map has it: centre, zoom (512-pixel world at zoom 0) and bearing. */
export interface SvgView {
	center: [number, number];
	zoom: number;
	bearing?: number;
}

/** Everything the vector map draws: the basemap files by name (`countries`, `water`, …) and each story layer's display features. */
export interface SvgMapInput {
	basemap: Record<string, FeatureCollection<Geometry, Record<string, unknown>>>;
	layers: LayerMeta[];
	display: Record<string, Display>;
	/** Countries drawn lighter, as the story's focus (story.json `focusCountries`). */
	focus: string[];
	/**
	 * The labels' language. Several: the labels in each, those that differ in a `<g lang="…">` per language, for a
	 * page whose language is known only in the browser to show by its `<html lang>`.
	 */
	lang: Lang | readonly Lang[];
	view: SvgView;
	/** Size in CSS pixels, as the interactive map's container. */
	width: number;
	height: number;
	/**
	 * Numbered markers laid out for print (numberedMarkers in numbering.ts), drawn above every layer, each with a leader
	 * to its spot when drawn beside it. Their places' own markers and the story's place labels are left out: the key
	 * names each number.
	 */
	numbered?: NumberedMarker[];
	/** Layers to leave out. */
	hidden?: string[];
	/** Places drawn once more above every layer, ringed and with a larger marker: the chosen place (see `spotlight`). */
	spotlight?: Pick<Place, 'id' | 'center' | 'layer' | 'kind' | 'precision'>[];
	/**
	 * The city tiles' features in view (the print page loads them: src/lib/print/city-tiles.ts), drawn over the basemap's
	 * shapes, their names after its labels.
	 */
	city?: CityFeatures;
	/** A pin to draw. */
	pin?: { lat: number; lon: number };
	/** The labels' font (default: the bundled Noto Sans, as MapLibre draws them). */
	fontFamily?: string;
	/**
	 * Scales the drawing will be shown at (a phone shows an 800-pixel drawing 390 pixels wide: 0.49): the basemap's
	 * labels of each, sized and ranked for that scale, each label once, marked with the scales that show it, for the
	 * page to show one scale's by its box and size them for it (see renderScaledBasemapLabels). Absent: the labels
	 * for the drawing's own size.
	 */
	labelScales?: readonly number[];
	/** Path data relative and rounded to 1/`steps` pixel, about a third the size; absent: absolute, to 0.1 pixel. */
	steps?: number;
}
