import { t, tf } from '../../i18n/da.ts';
import type { Publication } from '../../schemas/index.ts';
import { formatDate } from './format-date.ts';

/**
 * A publication in words, with when it was published where it says: in a sentence ("dagsordenen,
 * offentliggjort 21. april 2017 kl. 12:00") or as a list names it ("Dagsorden, offentliggjort …").
 */
function label(publication: Publication, kind: string): string {
	if (!publication.published) return kind;
	const [date, time] = publication.published.split('T') as [string, string];
	return `${kind}, ${tf('publication.published', { when: formatDate(date, time.slice(0, 5)) })}`;
}

export const publicationPhrase = (publication: Publication): string => label(publication, t(`publication.${publication.status ?? 'ukendt'}`));
export const publicationName = (publication: Publication): string => label(publication, t(`publication.name.${publication.status ?? 'ukendt'}`));
