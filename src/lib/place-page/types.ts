import type { Place, PlaceDetails } from '../places/places';
import type { Localized, StoryMeta } from '../story/types';

/** What a light place page shows of the story: the place, its texts and layer, and the story's title and source. */
export interface LightPlacePageData {
	place: Place;
	details: PlaceDetails;
	layerName: Localized;
	meta: Pick<StoryMeta, 'title' | 'source'>;
	/** How many places the story has. */
	placeCount: number;
}
