import { z } from 'zod';

/** Text in both interface languages. */
export const localized = z.strictObject({ nl: z.string().min(1), en: z.string().min(1) });

const isoDate = z.iso.date();
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like #1d4ed8');
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id like "almaty-airport"');

export const precisions = ['exact', 'site', 'city', 'region', 'country'] as const;
export const shapes = ['circle', 'square', 'triangle', 'diamond'] as const;

export const symbologySchema = z.strictObject({
	color: hexColor,
	shape: z.enum(shapes),
	dash: z.array(z.number().positive()).optional(),
	kindColors: z.record(z.string(), hexColor).optional(),
	kindNames: z.record(z.string(), localized).optional()
});

export const layerMetaSchema = z.strictObject({
	id: kebabId,
	name: localized,
	symbology: symbologySchema
});

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const storyMetaSchema = z.strictObject({
	title: localized,
	source: z.strictObject({
		outlet: z.string().min(1),
		title: z.string().min(1),
		url: z.url({ protocol: /^https?$/ }),
		date: isoDate,
		language: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code')
	}),
	defaultView: z.strictObject({
		center: lonLat,
		zoom: z.number().min(0).max(22),
		/** The area the first view must show whatever the screen size: it wins over center and zoom. */
		fit: z.tuple([lonLat, lonLat]).optional()
	}),
	bounds: z.tuple([lonLat, lonLat]),
	/** Basemap countries (by English name) drawn lighter, as the story's focus. */
	focusCountries: z.array(z.string().min(1)).default([]),
	layers: z.array(layerMetaSchema).min(1),
	attribution: localized,
	/**
	 * A remote TileJSON of city tiles (OpenMapTiles schema) for a deploy without tiles of its own
	 * (scripts/basemap-tiles.js; BASEMAP_TILES at build time wins over it).
	 */
	basemapTiles: z.url({ protocol: /^https?$/ }).optional()
});

export const blockTypes = ['paragraph', 'heading', 'pullquote'] as const;

export const articleSchema = z.strictObject({
	blocks: z
		.array(
			z.strictObject({
				id: kebabId,
				type: z.enum(blockTypes),
				text: z.string().min(1)
			})
		)
		.min(1)
});

/**
 * Where a fact comes from: one text for every language where it only names the source (a title, a URL, a date), or
 * `{ nl, en }` where it says more (which part of the source, what it does not say).
 */
const citation = (required: string) => z.union([z.string().min(3, required), localized]);

/**
 * A passage a feature cites: the block and the exact words. `translation` is the editors' rendering of those words in
 * an interface language other than the article's, shown beside the original and marked as a translation.
 */
export const passageRefSchema = z.strictObject({
	id: z.string().min(1),
	quote: z.string().min(1),
	translation: z
		.strictObject({
			nl: z.string().min(1, 'give the translation, or leave the language out').optional(),
			en: z.string().min(1, 'give the translation, or leave the language out').optional()
		})
		.optional()
});

/** The ends of a route: where it sets out from and where it lands. */
export const routeEnds = ['origin', 'destination'] as const;

/**
 * A location the feature's own detail names (a mine of a province, a second airfield), so the validator can check
 * that the stated area of uncertainty holds it. Example: `{ "name": "Tortkuduk", "coordinates": [69.2, 44.5] }`.
 */
export const detailPointSchema = z.strictObject({ name: z.string().min(1), coordinates: lonLat });

export const placePropertiesSchema = z
	.strictObject({
		id: kebabId,
		name: localized,
		passages: z.array(passageRefSchema).min(1, 'a feature must cite at least one passage'),
		precision: z.enum(precisions),
		radiusKm: z.number().positive().max(5000).optional(),
		coordSource: citation('name the public source of the coordinates'),
		date: z.union([isoDate, z.strictObject({ from: isoDate, to: isoDate })]).optional(),
		note: localized.optional(),
		kind: z
			.string()
			.regex(/^[a-z][a-z-]*$/)
			.optional(),
		detail: localized.optional(),
		detailSource: citation('name the source of the details').optional(),
		detailPoints: z.array(detailPointSchema).min(1, 'list at least one location, or leave detailPoints out').optional(),
		/** Which end of a route `radiusKm` belongs to (default `origin`). */
		uncertainAt: z.enum(routeEnds).optional()
	})
	.superRefine((p, ctx) => {
		const needsRadius = p.precision !== 'exact' && p.precision !== 'site';
		if (needsRadius && p.radiusKm === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['radiusKm'],
				message: `required when precision is "${p.precision}": give the radius of the area of uncertainty`
			});
		if (typeof p.date === 'object' && p.date.from > p.date.to)
			ctx.addIssue({ code: 'custom', path: ['date'], message: `"from" ${p.date.from} is after "to" ${p.date.to}` });
	});

const position = z
	.array(z.number())
	.min(2, 'a position needs [longitude, latitude]')
	.max(3)
	.superRefine((pos, ctx) => {
		const [lon = 0, lat = 0] = pos;
		if (Math.abs(lon) > 180) ctx.addIssue({ code: 'custom', message: `longitude ${lon} is out of range -180..180` });
		if (Math.abs(lat) > 90) ctx.addIssue({ code: 'custom', message: `latitude ${lat} is out of range -90..90` });
	});
const ring = z.array(position).min(4, 'each LinearRing of a Polygon must have 4 or more positions');

export const geometrySchema = z.discriminatedUnion('type', [
	z.strictObject({ type: z.literal('Point'), coordinates: position }),
	z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
	z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
	z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) })
]);

export const featureSchema = z.object({
	type: z.literal('Feature'),
	geometry: geometrySchema,
	properties: placePropertiesSchema
});

export const featureCollectionShape = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(z.unknown())
});

export type Localized = z.infer<typeof localized>;
export type Symbology = z.infer<typeof symbologySchema>;
export type LayerMeta = z.infer<typeof layerMetaSchema>;
export type StoryMeta = z.infer<typeof storyMetaSchema>;
export type Block = z.infer<typeof articleSchema>['blocks'][number];
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;
export type Precision = (typeof precisions)[number];
export type RouteEnd = (typeof routeEnds)[number];
