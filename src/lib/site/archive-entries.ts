import type { AgendaItem, Meeting } from '../../schemas/index.ts';

/** A meeting as the content collection gives it. */
export interface MeetingEntry {
	id: string;
	filePath?: string;
	data: Meeting;
}

/** An agenda item as the content collection gives it; its meeting as a reference or an id. */
export interface ItemEntry {
	id: string;
	filePath?: string;
	data: Omit<AgendaItem, 'meeting'> & { meeting: { id: string } | string };
}

