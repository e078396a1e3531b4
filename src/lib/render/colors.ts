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

/** Dark ink for what the reader adds or picks: the pin, the measured distance, the halo of a chosen marker. */
export const INK = '#111827';
