import type { ItemEntry, MeetingEntry } from './archive-entries.ts';
import type { Case } from './build-archive.ts';
import type { TimelineStep } from './case-timeline.ts';
import { casesByNumberSegment } from './paths.ts';

/** One line of a municipality's case list. */
export interface CaseRow {
	/** The case number as printed, e.g. `17/7354`. */
	number: string;
	/** The case page's address segment. */
	slug: string;
	/** The title of the case's latest item in the archive, as the case page's heading. */
	title: string;
	/** The treatments the case page's timeline shows: the archive's items and those they quote. */
	treatments: number;
	/** The date of the latest treatment, `YYYY-MM-DD`. */
	latest: string;
}

/** Newest treatment first, or by case number as a clerk would file them. */
export type CaseOrder = 'latest' | 'number';

/** What the list reads from the archive (`buildArchive`). */
interface Lookups {
	meetingOf: (item: ItemEntry) => MeetingEntry;
	timelineOf: (item: ItemEntry) => TimelineStep[];
}

const byNumber = (a: CaseRow, b: CaseRow) => a.number.localeCompare(b.number, 'da', { numeric: true });

/**
 * A municipality's cases as its case list shows them. A test committee's items are no treatment
 * here (`isTest`), and a case only they treated is left out, as the test committee is listed nowhere.
 */
export function caseList(cases: readonly Case[], archive: Lookups, isTest: (municipality: string, committee: string) => boolean, order: CaseOrder = 'latest'): CaseRow[] {
	const rows: CaseRow[] = [];
	for (const entry of cases) {
		// The by-number list has this address; a case there would never be reachable.
		if (entry.slug === casesByNumberSegment) throw new Error(`${entry.items[0]?.filePath ?? entry.number}: sagsnummeret "${entry.number}" får adressen sag/${entry.slug}/, som sagslisten bruger`);
		const listed = (meeting: MeetingEntry) => !isTest(meeting.data.municipality, meeting.data.committee);
		const items = entry.items.filter((item) => listed(archive.meetingOf(item)));
		if (items.length === 0) continue;
		const steps = archive.timelineOf(entry.items[0]!).filter((step) => !step.treated || listed(step.treated.meeting));
		rows.push({
			number: entry.number,
			slug: entry.slug,
			// Items are oldest first: the last one is the case's latest title.
			title: items.at(-1)!.data.title,
			treatments: steps.length,
			latest: steps.reduce((latest, step) => (step.date > latest ? step.date : latest), ''),
		});
	}
	return rows.sort(order === 'latest' ? (a, b) => b.latest.localeCompare(a.latest) || byNumber(a, b) : byNumber);
}
