import { lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { WaterProperties } from './water';

/** How far (km) a 1:50m river's point may lie from the mid-scale course of the same river and still be on it. */
export const MIDSCALE_COVER_KM = 8;

/** `midscale` of a river feature: drawn only below the mid-scale zoom (`below`), or only from it (`beyond`). */
export type RiverMidscale = 'below' | 'beyond';

type River = Feature<LineString | MultiLineString, WaterProperties & { midscale?: RiverMidscale }>;

const parts = (g: LineString | MultiLineString): Position[][] =>
	g.type === 'LineString' ? [g.coordinates] : g.coordinates;

/**
 * The 1:50m rivers, marked against the mid-scale rivers of the same name (`waterways`): such a river is drawn only
 * below the mid-scale zoom (`midscale: "below"`), where the mid-scale file is not loaded; from there on the mid-scale
 * course takes its place, and the stretches of it that the mid-scale course does not follow (the Black Irtysh above
 * Lake Zaysan, the Ural's headwaters) come once more as `midscale: "beyond"`, so that no river is drawn twice and none
 * is lost. Each stretch keeps its neighbour points on the mid-scale course, so that it meets it.
 */
export function markMidscaleRivers(rivers: River[], waterways: Feature[]): River[] {
	const midLines = new Map<string, Feature<LineString>[]>();
	for (const w of waterways) {
		const name = w.properties?.name_en as string | undefined;
		if (w.properties?.kind !== 'river' || !name) continue;
		const g = w.geometry as LineString | MultiLineString;
		midLines.set(name, [...(midLines.get(name) ?? []), ...parts(g).map((c) => lineString(c))]);
	}
	return rivers.flatMap((river) => {
		const mid = river.properties.name_en ? midLines.get(river.properties.name_en) : undefined;
		if (!mid) return [river];
		const covered = (p: Position) =>
			mid.some((line) => pointToLineDistance(p, line, { units: 'kilometers' }) <= MIDSCALE_COVER_KM);
		const beyond: Position[][] = [];
		for (const line of parts(river.geometry)) {
			const inMid = line.map(covered);
			let run: Position[] = [];
			line.forEach((p, i) => {
				if (!inMid[i]) {
					if (run.length === 0 && i > 0) run.push(line[i - 1]!);
					run.push(p);
				} else if (run.length) {
					run.push(p);
					beyond.push(run);
					run = [];
				}
			});
			if (run.length > 1) beyond.push(run);
		}
		const below: River = { ...river, properties: { ...river.properties, midscale: 'below' } };
		if (beyond.length === 0) return [below];
		const geometry: LineString | MultiLineString =
			beyond.length === 1
				? { type: 'LineString', coordinates: beyond[0]! }
				: { type: 'MultiLineString', coordinates: beyond };
		return [below, { type: 'Feature', properties: { ...river.properties, midscale: 'beyond' }, geometry }];
	});
}
