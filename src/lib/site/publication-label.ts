import { t, tf } from '../../i18n/da.ts';
import type { Publication } from '../../schemas/index.ts';
import { formatDate } from './format-date.ts';

/** When a publication says it was published, in words ("21. april 2017 kl. 12:00"). */
const when = (publication: Publication) => {
	const [date, time] = publication.published!.split('T');
	return formatDate(date!, time!.slice(0, 5));
};

/** "dagsordenen, offentliggjort 21. april 2017 kl. 12:00": a publication as a sentence names it. */
export function publicationPhrase(publication: Publication): string {
	const kind = t(`publication.${publication.status ?? 'ukendt'}`);
	return publication.published ? `${kind}, ${tf('publication.published', { when: when(publication) })}` : kind;
}

/** "Dagsorden, offentliggjort 21. april 2017 kl. 12:00": a publication as a list names it. */
export function publicationName(publication: Publication): string {
	const kind = t(`publication.name.${publication.status ?? 'ukendt'}`);
	return publication.published ? `${kind}, ${tf('publication.published', { when: when(publication) })}` : kind;
}
