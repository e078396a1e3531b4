import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { z } from 'zod';
import { articleSchema, featureCollectionShape, featureSchema, storyMetaSchema } from './schema';
import type { Block, PlaceFeature, Problem, Story, StoryFiles, StoryMeta } from './types';
import { uncertaintyCentre } from './uncertainty';

/** Formats a problem as one line: `geo/layers/almaty.geojson: feature "almaty-city": properties.radiusKm: required …`. */
export function formatProblem(p: Problem): string {
	const feature = p.feature ? ` feature "${p.feature}":` : '';
	return `${p.file}:${feature} ${p.field}: ${p.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		''
	);
}

function issues(error: z.ZodError, file: string, feature?: string, prefix = ''): Problem[] {
	return error.issues.map((i) => ({
		file,
		feature,
		field: fieldPath([...(prefix ? [prefix] : []), ...i.path]) || '(root)',
		message: i.message
	}));
}

function parseJson(file: string, text: string, problems: Problem[]): unknown {
	try {
		return JSON.parse(text);
	} catch (e) {
		problems.push({ file, field: '(file)', message: `invalid JSON: ${(e as Error).message}` });
		return undefined;
	}
}

function positionsOf(feature: PlaceFeature): Position[] {
	const g = feature.geometry;
	switch (g.type) {
		case 'Point':
			return [g.coordinates];
		case 'LineString':
		case 'MultiPoint':
			return g.coordinates;
		case 'Polygon':
		case 'MultiLineString':
			return g.coordinates.flat();
		case 'MultiPolygon':
			return g.coordinates.flat(2);
		default:
			return [];
	}
}

const inBounds = ([lon = NaN, lat = NaN]: Position, [[w, s], [e, n]]: StoryMeta['bounds']) =>
	lon >= w && lon <= e && lat >= s && lat <= n;

/**
 * The rule that keeps a circle honest: every location the feature's own detail names (`detailPoints`) lies inside its
 * stated area of uncertainty, the circle of `radiusKm` (at the route end `uncertainAt` names) or the polygon drawn.
 */
function uncertaintyProblems(f: PlaceFeature, file: string): Problem[] {
	const p = f.properties;
	const at = (field: string, message: string): Problem => ({ file, feature: p.id, field, message });
	const problems: Problem[] = [];
	if (p.uncertainAt !== undefined && f.geometry.type !== 'LineString')
		problems.push(at('properties.uncertainAt', 'only a route (LineString) has two ends'));
	if (!p.detailPoints) return problems;
	const g = f.geometry;
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
		p.detailPoints.forEach((d, i) => {
			if (!booleanPointInPolygon(d.coordinates, g))
				problems.push(
					at(`properties.detailPoints[${i}].coordinates`, `${d.name} lies outside the area the feature draws`)
				);
		});
		return problems;
	}
	const vague = uncertaintyCentre(f);
	if (!vague || p.radiusKm === undefined) {
		problems.push(
			at(
				'properties.detailPoints',
				'a place that names other locations needs an area of uncertainty (radiusKm) that contains them'
			)
		);
		return problems;
	}
	const where = vague.end ? ` (the route's ${vague.end})` : '';
	p.detailPoints.forEach((d, i) => {
		const km = distance(vague.center, d.coordinates, { units: 'kilometers' });
		if (km > p.radiusKm!)
			problems.push(
				at(
					`properties.detailPoints[${i}].coordinates`,
					`${d.name} lies ${Math.round(km)} km from the centre of the area of uncertainty${where}, outside its radiusKm of ${p.radiusKm} km: widen the radius or move the centre`
				)
			);
	});
	return problems;
}

/** Cross-file checks: unique ids, passages that exist, quotes found verbatim, coordinates the right way round. */
function crossCheck(
	meta: StoryMeta,
	blocks: Block[],
	layers: Story['layers'],
	files: StoryFiles,
	layerFiles: ReadonlyMap<string, StoryFiles['layers'][number]>
): Problem[] {
	const problems: Problem[] = [];
	const blockText = new Map<string, string>();
	for (const b of blocks) {
		if (blockText.has(b.id))
			problems.push({ file: files.article.path, field: 'blocks.id', message: `duplicate block id "${b.id}"` });
		else blockText.set(b.id, b.text);
	}
	const firstLayerOf = new Map<string, string>();
	for (const layer of layers) {
		const file = layerFiles.get(layer.id)?.path ?? layer.id;
		for (const f of layer.features) {
			const p = f.properties;
			const other = firstLayerOf.get(p.id);
			if (other !== undefined)
				problems.push({
					file,
					feature: p.id,
					field: 'properties.id',
					message: `duplicate id: also used in layer "${other}"`
				});
			else firstLayerOf.set(p.id, layer.id);
			p.passages.forEach((ref, i) => {
				const text = blockText.get(ref.id);
				if (text === undefined)
					problems.push({
						file,
						feature: p.id,
						field: `properties.passages[${i}].id`,
						message: `no block "${ref.id}" in ${files.article.path}`
					});
				else if (!text.includes(ref.quote))
					problems.push({
						file,
						feature: p.id,
						field: `properties.passages[${i}].quote`,
						message: `not found verbatim in block "${ref.id}": "${ref.quote.slice(0, 80)}"`
					});
			});
			const swapped = positionsOf(f).find(
				(pos) => !inBounds(pos, meta.bounds) && inBounds([pos[1] ?? NaN, pos[0] ?? NaN], meta.bounds)
			);
			problems.push(...uncertaintyProblems(f, file));
			if (swapped)
				problems.push({
					file,
					feature: p.id,
					field: 'geometry.coordinates',
					message: `[${swapped.join(', ')}] looks like [latitude, longitude]: GeoJSON wants [longitude, latitude]`
				});
		}
	}
	return problems;
}

/** Parses and checks a whole story folder; returns the story only when there is no problem. */
export function parseStory(files: StoryFiles): { story?: Story; problems: Problem[] } {
	const problems: Problem[] = [];
	const rawMeta = parseJson(files.story.path, files.story.text, problems);
	const rawArticle = parseJson(files.article.path, files.article.text, problems);

	const metaResult = rawMeta === undefined ? undefined : storyMetaSchema.safeParse(rawMeta);
	if (metaResult && !metaResult.success) problems.push(...issues(metaResult.error, files.story.path));
	const articleResult = rawArticle === undefined ? undefined : articleSchema.safeParse(rawArticle);
	if (articleResult && !articleResult.success) problems.push(...issues(articleResult.error, files.article.path));

	const declared = metaResult?.success ? metaResult.data.layers : [];
	// Each layer id once, in story.json order: the index is the drawing order.
	const declaredAt = new Map(declared.map((l, i) => [l.id, i]));
	const layerFiles = new Map(files.layers.map((f) => [f.id, f]));
	declared.forEach((layer, i) => {
		if (!layerFiles.has(layer.id))
			problems.push({
				file: files.story.path,
				field: `layers[${i}].id`,
				message: `layer "${layer.id}" has no file layers/${layer.id}.geojson`
			});
	});
	const layers: Story['layers'] = [];
	for (const file of files.layers) {
		const at = declaredAt.get(file.id);
		const meta = at === undefined ? undefined : declared[at];
		if (metaResult?.success && !meta) {
			problems.push({
				file: file.path,
				field: '(file)',
				message: `unknown layer "${file.id}": story.json declares ${declared.map((l) => `"${l.id}"`).join(', ')}`
			});
			continue;
		}
		const raw = parseJson(file.path, file.text, problems);
		if (raw === undefined) continue;
		const shape = featureCollectionShape.safeParse(raw);
		if (!shape.success) {
			problems.push(...issues(shape.error, file.path));
			continue;
		}
		const features: PlaceFeature[] = [];
		shape.data.features.forEach((rawFeature, i) => {
			const result = featureSchema.safeParse(rawFeature);
			if (result.success) features.push(result.data as PlaceFeature);
			else {
				const id = (rawFeature as { properties?: { id?: unknown } })?.properties?.id;
				problems.push(...issues(result.error, file.path, typeof id === 'string' ? id : `#${i}`));
			}
		});
		if (meta) layers.push({ ...meta, features });
	}
	if (!metaResult?.success || !articleResult?.success) return { problems };

	layers.sort((a, b) => (declaredAt.get(a.id) ?? 0) - (declaredAt.get(b.id) ?? 0));
	problems.push(...crossCheck(metaResult.data, articleResult.data.blocks, layers, files, layerFiles));
	if (problems.length > 0) return { problems };
	return { story: { meta: metaResult.data, blocks: articleResult.data.blocks, layers }, problems };
}
