import type { FileReport } from './file-report.ts';

/** What the CI check keeps of a file's report: the figures a regression shows in. */
export interface ReportSummary {
	system: string;
	variant: string;
	meetings: number;
	items: number;
	/** Per meeting, the facts neither text nor sidecar gave. */
	missing: string[][];
	wordsKept: number;
	parts: number;
	ocrPages: number;
}

/** A file's summary, or the message of the error that refused it. */
export type SummaryOrError = ReportSummary | { error: string };

export function summarise(report: FileReport): ReportSummary {
	return {
		system: report.system,
		variant: report.variant,
		meetings: report.meetings.length,
		items: report.meetings.reduce((sum, meeting) => sum + meeting.items.length, 0),
		missing: report.meetings.map((meeting) => meeting.missing),
		wordsKept: report.wordsKept,
		parts: report.parts.length,
		ocrPages: report.ocr.length,
	};
}

/** Words kept may move by this much (a reworded drop reason, a header line more) without being a regression. */
const wordsTolerance = 0.005;

/**
 * How a file reads worse than its baseline: refused where it was read, another system or number
 * of meetings or items, a fact missing that was found, fewer words kept, more parts without text.
 * Improvements are not regressions; `UPDATE=1` records them in the baseline.
 */
export function regressions(file: string, baseline: SummaryOrError | undefined, current: SummaryOrError): string[] {
	if (!baseline) return [`${file}: ny fil uden basislinje; kør UPDATE=1 og gennemgå den`];
	if ('error' in current) return 'error' in baseline ? [] : [`${file}: afvises nu (${current.error}), blev læst før`];
	if ('error' in baseline) return [];
	const found: string[] = [];
	if (current.system !== baseline.system || current.variant !== baseline.variant) found.push(`${file}: læses nu som ${current.system} · ${current.variant}, før ${baseline.system} · ${baseline.variant}`);
	if (current.meetings !== baseline.meetings) found.push(`${file}: ${current.meetings} møder, før ${baseline.meetings}`);
	if (current.items !== baseline.items) found.push(`${file}: ${current.items} punkter, før ${baseline.items}`);
	current.missing.forEach((missing, index) => {
		const before = baseline.missing[index] ?? [];
		const lost = missing.filter((fact) => !before.includes(fact));
		if (lost.length > 0) found.push(`${file}: møde ${index + 1} mangler nu ${lost.join(', ')}`);
	});
	if (current.wordsKept < baseline.wordsKept - wordsTolerance) found.push(`${file}: ${(current.wordsKept * 100).toFixed(1)} % af ordene udgivet, før ${(baseline.wordsKept * 100).toFixed(1)} %`);
	if (current.parts > baseline.parts) found.push(`${file}: ${current.parts} dele uden tekst, før ${baseline.parts}`);
	if (current.ocrPages < baseline.ocrPages) found.push(`${file}: ${current.ocrPages} maskinlæste sider, før ${baseline.ocrPages}`);
	return found;
}
