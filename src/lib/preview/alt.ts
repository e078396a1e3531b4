import { formatDateRange } from '../i18n';
import type { Place } from '../places/places';
import type { StoryMeta } from '../story/types';

/**
 * What a link preview shows, said in Dutch (the pages' language) for its `og:image:alt`.
 * @example previewAlt(meta, { name: { nl: 'Moskou', en: 'Moscow' } })
 * // → 'Kaart met Moskou omcirkeld in het midden, bij “VS en Rusland clashen over Kazachstan” (De Tijd, 8 januari 2022)'
 */
export function previewAlt(meta: Pick<StoryMeta, 'source' | 'title'>, place?: Pick<Place, 'name'>, count = 0): string {
	const from = `“${meta.title.nl}” (${meta.source.outlet}, ${formatDateRange('nl', meta.source.date)})`;
	return place
		? `Kaart met ${place.name.nl} omcirkeld in het midden, bij ${from}`
		: `Kaart met de ${count} plaatsen uit ${from}`;
}
