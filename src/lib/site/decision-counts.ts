import { decisionClasses, type DecisionClass } from '../../schemas/decision-class.ts';
import type { ItemEntry, MeetingEntry } from './archive-entries.ts';

export interface YearCounts {
	year: string;
	counts: Record<DecisionClass, number>;
	total: number;
}

const zero = (): Record<DecisionClass, number> => Object.fromEntries(decisionClasses.map((value) => [value, 0])) as Record<DecisionClass, number>;

/** A committee's agenda items counted per year and decision class, newest year first, with a total row. */
export function decisionCounts(meetings: readonly MeetingEntry[], itemsOf: (meetingId: string) => readonly ItemEntry[]): { years: YearCounts[]; total: YearCounts } {
	const years = new Map<string, YearCounts>();
	const total: YearCounts = { year: '', counts: zero(), total: 0 };
	for (const meeting of meetings) {
		const year = meeting.data.date.slice(0, 4);
		let row = years.get(year);
		if (!row) years.set(year, (row = { year, counts: zero(), total: 0 }));
		for (const item of itemsOf(meeting.id)) {
			row.counts[item.data.decisionClass]++;
			row.total++;
			total.counts[item.data.decisionClass]++;
			total.total++;
		}
	}
	return { years: [...years.values()].sort((a, b) => b.year.localeCompare(a.year)), total };
}
