import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import { FONT } from '../render/symbology';

// Unicode ranges as @fontsource declares them, so MapLibre fetches only the files a label needs.
export const fontFaces: FontFacesSpecification = {
	[FONT]: [
		{
			url: latin,
			'unicode-range': [
				'U+0000-00FF',
				'U+0131',
				'U+0152-0153',
				'U+02BB-02BC',
				'U+02C6',
				'U+02DA',
				'U+02DC',
				'U+0304',
				'U+0308',
				'U+0329',
				'U+2000-206F',
				'U+20AC',
				'U+2122',
				'U+2191',
				'U+2193',
				'U+2212',
				'U+2215',
				'U+FEFF',
				'U+FFFD'
			]
		},
		{
			url: latinExt,
			'unicode-range': ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1EFF']
		},
		{ url: cyrillic, 'unicode-range': ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'] },
		{ url: cyrillicExt, 'unicode-range': ['U+0460-052F', 'U+1C80-1C8A', 'U+20B4', 'U+2DE0-2DFF', 'U+A640-A69F'] }
	]
};
