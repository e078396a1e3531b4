// Makes the committed mid-scale sources in scripts/basemap/sources/ from Debian packages, once, by hand:
//   apt-get install -y qgis-common gdal-bin gmt gmt-gshhg-high && npx tsx scripts/basemap/extract-debian.ts
// Kazakhstan's oblasts come from Natural Earth admin-1 (qgis-common's world_map.gpkg) with their names corrected
// to January 2022 (midscale.ts); the named rivers and Kapchagay reservoir from GSHHG/WDBII (gmt-gshhg-high).
// `npm run basemap` reads only the extracts, so it needs none of these packages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { simplify } from '@turf/turf';
import { toGeoJsonText } from './geojson';
import { riverCourse, type Segment } from './river-course';
import { NAMED_RIVERS } from './midscale';

const GPKG = '/usr/share/qgis/resources/data/world_map.gpkg';
const OUT = resolve('scripts/basemap/sources');
const round = (p: Position): Position => [Math.round(p[0]! * 1e4) / 1e4, Math.round(p[1]! * 1e4) / 1e4];

/** GMT's multi-segment text (`>` between segments) as lists of points. */
function gmtSegments(args: string[]): Segment[] {
	const text = execFileSync('gmt', args, { encoding: 'utf8', maxBuffer: 1 << 28, cwd: tmpdir() });
	const segments: Segment[] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) segments.push([]);
		else if (line.trim()) segments.at(-1)!.push(line.trim().split(/\s+/).map(Number) as [number, number]);
	}
	return segments.filter((s) => s.length > 1);
}

function oblasts(): Feature<Polygon | MultiPolygon>[] {
	const text = execFileSync(
		'ogr2ogr',
		['-f', 'GeoJSON', '/vsistdout/', GPKG, 'states_provinces', '-where', "iso_a2='KZ'", '-select', 'name,fips'],
		{ encoding: 'utf8', maxBuffer: 1 << 26 }
	);
	const fc = JSON.parse(text) as { features: Feature<Polygon | MultiPolygon, { name: string; fips: string }>[] };
	return (
		fc.features
			// Unsimplified, so neighbours still share their vertices (midscale.ts finds the borders by them).
			.map((f) => ({
				type: 'Feature' as const,
				properties: { source_name: f.properties.name, fips: f.properties.fips },
				geometry: {
					type: 'MultiPolygon' as const,
					coordinates: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((poly) =>
						poly.map((ring) => ring.map(round))
					)
				}
			}))
			.sort((a, b) => a.properties.fips.localeCompare(b.properties.fips))
	);
}

/** Joins shore pieces cut at GSHHG's bin edges into one closed ring, nearest end to nearest end. */
function joinRing(pieces: Segment[]): Position[] {
	const left = [...pieces].sort((a, b) => b.length - a.length);
	const ring = [...left.shift()!];
	const d = (a: Position, b: Position) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
	while (left.length) {
		const end = ring.at(-1)!;
		let best = 0;
		let flip = false;
		left.forEach((p, i) => {
			for (const [q, f] of [
				[p[0]!, false],
				[p.at(-1)!, true]
			] as const)
				if (d(end, q) < d(end, flip ? left[best]!.at(-1)! : left[best]![0]!)) [best, flip] = [i, f];
		});
		const next = left.splice(best, 1)[0]!;
		ring.push(...(flip ? [...next].reverse() : next));
	}
	ring.push(ring[0]!);
	return ring;
}

/** A river's course through its points in turn, leg by leg. */
const course = (network: Segment[], stops: Position[]) =>
	stops.slice(1).flatMap((to, i) => riverCourse(network, stops[i]!, to).slice(i === 0 ? 0 : 1));

function water(): Feature<LineString | Polygon>[] {
	// Every river level of WDBII at intermediate resolution: enough for zoom 9, and a network to follow each course in.
	const network = gmtSegments(['coast', '-R46/90/38/62', '-Ia', '-Di', '-M']);
	const rivers = NAMED_RIVERS.map((r) => {
		const line = simplify(
			{
				type: 'Feature',
				properties: {},
				geometry: { type: 'LineString', coordinates: course(network, [r.from, ...(r.via ?? []), r.to]) }
			},
			{ tolerance: 0.005, highQuality: true }
		) as Feature<LineString>;
		return {
			type: 'Feature' as const,
			properties: { kind: 'river', id: r.id },
			geometry: { type: 'LineString' as const, coordinates: line.geometry.coordinates.map(round) }
		};
	});
	// Kapchagay reservoir: the lake (level 2) shore around it at full resolution.
	const shore = gmtSegments(['coast', '-R76.3/78.6/43.5/44.3', '-Dh', '-W2', '-A0/2/2', '-M']);
	const reservoir = {
		type: 'Feature' as const,
		properties: { kind: 'reservoir', id: 'kapchagay' },
		geometry: { type: 'Polygon' as const, coordinates: [joinRing(shore).map(round)] }
	};
	return [...rivers, reservoir];
}

mkdirSync(OUT, { recursive: true });
writeFileSync(resolve(OUT, 'kazakhstan-oblasts.geojson'), toGeoJsonText(oblasts()));
writeFileSync(resolve(OUT, 'kazakhstan-water.geojson'), toGeoJsonText(water()));
console.log(`wrote ${OUT}`);
