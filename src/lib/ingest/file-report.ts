import { t, type UiKey } from '../../i18n/da.ts';
import type { FileResult } from './ingest-file.ts';
import type { MeetingFacts } from './3-layouts/types.ts';

/** The facts every meeting should state; a reader who misses one needs a sidecar for it. */
export const reportedFacts = ['committee', 'date', 'time', 'location', 'participants', 'status'] as const satisfies readonly (keyof MeetingFacts)[];

/** How well one raw file was read, as `npm run ingest -- --report` prints it and the CI check compares it. */
export interface FileReport {
	source: string;
	system: string;
	variant: string;
	meetings: {
		id: string;
		/** Facts the text states, those only the sidecar gave, and those neither did. */
		found: string[];
		sidecar: string[];
		missing: string[];
		items: { number: string; title: string; caseNumber?: string; closed: boolean; decisionClass?: string }[];
	}[];
	/** The share of the raw text's words that are published (the rest were left out on purpose). */
	wordsKept: number;
	/** Parts of a package published without text, or marked, with why. */
	parts: { path: string; note: string }[];
	/** Pages read by OCR, with the recognition's mean confidence (0–100). */
	ocr: { path: string; page: number; confidence: number }[];
}

/** The report of a file that was read. */
export function fileReport(result: FileResult): FileReport {
	const meetings = result.meetings.map((meeting, index) => {
		const sources = result.reading.facts[index] ?? { found: [], sidecar: [] };
		const found = reportedFacts.filter((key) => sources.found.includes(key));
		const sidecar = reportedFacts.filter((key) => sources.sidecar.includes(key));
		return {
			id: meeting.id,
			found,
			sidecar,
			missing: reportedFacts.filter((key) => !found.includes(key) && !sidecar.includes(key)),
			items: meeting.items.map(({ data }) => ({
				number: data.number,
				title: data.title,
				...(data.caseNumber ? { caseNumber: data.caseNumber } : {}),
				closed: data.closed,
				...(data.decisionClass ? { decisionClass: data.decisionClass } : {}),
			})),
		};
	});
	const parts = result.meetings.flatMap((meeting) => meeting.items.flatMap((item) => item.attachments.flatMap(({ data }) => (data.unreadable ? [{ path: data.originalName, note: data.unreadable }] : []))));
	const { total, dropped } = result.reading.words;
	return {
		source: result.source,
		system: result.formatLabel,
		variant: result.reading.variant,
		meetings,
		wordsKept: total === 0 ? 1 : Math.round(((total - dropped) / total) * 10000) / 10000,
		parts,
		ocr: result.reading.ocr,
	};
}

const percent = (share: number) => `${(share * 100).toFixed(1).replace('.', ',')} %`;
const factNames: Record<(typeof reportedFacts)[number], string> = { committee: 'udvalg', date: 'dato', time: 'tid', location: 'sted', participants: 'deltagere', status: 'dagsorden/referat' };
const named = (keys: readonly string[]) => keys.map((key) => factNames[key as keyof typeof factNames] ?? key).join(', ');

/** The report as lines for the terminal, in Danish, indented under the file's own line. */
export function reportLines(report: FileReport): string[] {
	const lines = [`  system: ${report.system} · ${report.variant} · ${percent(report.wordsKept)} af ordene udgivet`];
	for (const meeting of report.meetings) {
		const facts = [`fundet: ${named(meeting.found) || 'intet'}`];
		if (meeting.sidecar.length > 0) facts.push(`fra sidecar: ${named(meeting.sidecar)}`);
		if (meeting.missing.length > 0) facts.push(`mangler: ${named(meeting.missing)}`);
		lines.push(`  ${meeting.id}: ${facts.join(' · ')}`);
		for (const item of meeting.items) {
			const marks = [item.caseNumber, item.closed ? 'lukket' : undefined, item.decisionClass ? t(`decision.${item.decisionClass}` as UiKey).toLowerCase() : undefined].filter(Boolean).join(', ');
			lines.push(`    ${item.number}. ${item.title}${marks ? ` (${marks})` : ''}`);
		}
	}
	for (const part of report.parts) lines.push(`  del uden tekst: ${part.path}: ${part.note}`);
	for (const page of report.ocr) lines.push(`  maskinlæst: ${page.path} side ${page.page}, sikkerhed ${Math.round(page.confidence)} %`);
	return lines;
}
