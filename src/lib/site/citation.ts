import { formatDate } from './format-date.ts';

export interface CitedItem {
	municipalityName: string;
	committee: string;
	date: string;
	number: string;
	title: string;
	/** `referat` or `dagsorden`, where the meeting says. */
	status?: 'referat' | 'dagsorden' | undefined;
	/** The item's permanent address, absolute. */
	url: string;
	/** The archive's name, as the publisher. */
	archive: string;
}

/**
 * A ready reference to an item, as Danish journalists and researchers cite minutes:
 * "Rudersdal Kommune, Erhvervsudvalget, referat af mødet 15. september 2021, punkt 3: Forslag til
 * budget 2022-2025. Referatarkiv. https://…/3/".
 */
export function citation(item: CitedItem): string {
	const document = item.status === 'dagsorden' ? 'dagsorden til mødet' : item.status === 'referat' ? 'referat af mødet' : 'mødet';
	const title = /[.!?]$/.test(item.title) ? item.title : `${item.title}.`;
	return `${item.municipalityName}, ${item.committee}, ${document} ${formatDate(item.date)}, punkt ${item.number}: ${title} ${item.archive}. ${item.url}`;
}
