import { expect, it } from 'vitest';
import { fitView } from './fit';

it('fits a box the way MapLibre does: the box fills the narrower side, centred in Mercator', () => {
	const { center, zoom } = fitView(
		[
			[46.5, 40.5],
			[87.3, 55.5]
		],
		800,
		600,
		{ padding: 0 }
	);
	// 40.8 degrees of longitude span 800 px: 512 * 2^z * 40.8 / 360 = 800.
	expect(512 * 2 ** zoom * (40.8 / 360)).toBeCloseTo(800, 6);
	expect(center[0]).toBeCloseTo(66.9, 6);
	expect(center[1]).toBeGreaterThan(48); // the Mercator middle lies north of the plain average, 48.0
});

it('caps the zoom for a single point', () => {
	expect(
		fitView(
			[
				[76.9, 43.2],
				[76.9, 43.2]
			],
			800,
			600,
			{ maxZoom: 11 }
		)
	).toEqual({ center: [76.9, 43.2], zoom: 11 });
});
