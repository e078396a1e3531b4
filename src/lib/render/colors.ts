// The map's colours, apart from the rest of the symbology: the vector map, in every page's first script, needs only
// these.

/** The basemap's palette: quiet, so the story's colours stand out. */
export const basemapColors = {
	water: '#c9dde8',
	land: '#f4f1ea',
	focusLand: '#fffdf7',
	border: '#8a8172',
	river: '#9cc0d6',
	/** Borders and names of a country's own divisions (oblasts): lighter than the country borders. */
	regionBorder: '#b8af9f',
	regionLabel: '#7a7264',
	label: '#3b3a36',
	waterLabel: '#2f6580',
	halo: '#ffffff'
} as const;

/** The city tiles' palette (streets, rail, parks, buildings): as quiet as the basemap they continue. */
export const cityColors = {
	road: '#ffffff',
	roadCasing: '#d9d2c3',
	majorRoad: '#fbf3dc',
	majorCasing: '#d2c29a',
	path: '#b8af9f',
	rail: '#a39a8a',
	park: '#e3ecd3',
	building: '#e9e3d7',
	streetLabel: '#5b574e',
	poiLabel: '#6b6357'
} as const;

/** Dark ink for what the reader adds or picks: the pin, the measured distance, the halo of a chosen marker. */
export const INK = '#111827';
