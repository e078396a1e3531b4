import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Block, LayerMeta, Localized, PlaceProperties, Precision, RouteEnd, StoryMeta, Symbology } from './schema';

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

export interface StoryLayer extends LayerMeta {
	features: PlaceFeature[];
}

/** A story after validation: code past this point trusts these types. */
export interface Story {
	meta: StoryMeta;
	blocks: Block[];
	layers: StoryLayer[];
}

/** One thing wrong in a story folder, named down to the field. */
export interface Problem {
	file: string;
	feature?: string;
	field: string;
	message: string;
}

/** The raw text of a story folder's files, keyed by their path relative to the folder. */
export interface StoryFiles {
	story: { path: string; text: string };
	article: { path: string; text: string };
	layers: { path: string; id: string; text: string }[];
}

export type { Block, LayerMeta, Localized, PlaceProperties, Precision, RouteEnd, StoryMeta, Symbology };
export type LayerCollection = FeatureCollection<Geometry, PlaceProperties>;
