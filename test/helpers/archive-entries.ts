import type { ItemEntry, MeetingEntry } from '../../src/lib/site/archive-entries.ts';
import type { AgendaItem, Meeting } from '../../src/schemas/index.ts';

/** A meeting as the content collection gives it: its municipality from its id, every list empty unless given. */
export const meetingEntry = (id: string, data: Pick<Meeting, 'committee' | 'date'> & Partial<Meeting>): MeetingEntry => ({
	id,
	data: { municipality: id.split('/')[0]!, participants: [], absent: [], substitutes: [], officials: [], publications: [], status: 'referat', source: `content/raw/${id.split('/')[0]}/x.txt`, format: 'firstagenda', ...data },
});

/** An open, approved agenda item of a meeting, "Punkt <number>" unless given a title. */
export const itemEntry = (meeting: string, number: string, data: Partial<ItemEntry['data']> = {}): ItemEntry => ({
	id: `${meeting}/${number}`,
	data: { meeting, number, position: Number(number) || 1, title: `Punkt ${number}`, closed: false, decisionClass: 'approved', attachments: [], earlierTreatments: [], votes: [], absent: [], substitutes: [], ...data } satisfies Omit<AgendaItem, 'meeting'> & { meeting: string | { id: string } },
});
