import { expect, it } from 'vitest';
import { readStoryFiles } from '../server/story';
import { parseStory } from '../story/validate';
import { distanceKm, distanceLine } from './distance';
import { placesInReadingOrder } from './places';

const places = placesInReadingOrder(parseStory(readStoryFiles('geo')).story!);
const place = (id: string) => places.find((p) => p.id === id)!;

it('measures Almaty to Nur-Sultan as about 970 km, the same both ways', () => {
	const km = distanceKm(place('almaty-city'), place('nur-sultan-city'));
	expect(km).toBeGreaterThan(940);
	expect(km).toBeLessThan(1000);
	expect(distanceKm(place('nur-sultan-city'), place('almaty-city'))).toBeCloseTo(km, 6);
});

it('draws the line between the two centres', () => {
	const line = distanceLine(place('almaty-city'), place('moscow'));
	expect(line.geometry.type).toBe('LineString');
	expect(line.geometry.coordinates[0]).toEqual(place('almaty-city').center);
});
