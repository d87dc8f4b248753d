import { monthNames } from '../ingest/danish-date.ts';
import type { Publication, PublicationKind } from './portal-system.ts';

/** What became of one publication in a run. */
export interface Outcome {
	publication: Publication;
	/** The municipality's name in the registry. */
	municipalityName: string;
	/** The raw JSON written, repository-relative; none when it failed. */
	path?: string;
	documents: number;
	bytes: number;
	/** Why it was not written: the URL and what came back. */
	error?: string;
}

const kindLabels: Record<PublicationKind, string> = { dagsorden: 'dagsorden', tillaegsdagsorden: 'tillægsdagsorden', referat: 'referat' };

/** `2026-05-18` as Danish prose: `18. maj 2026`. */
export const danishDate = (date: string) => `${Number(date.slice(8, 10))}. ${monthNames[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;

/** `Økonomiudvalget 18. maj 2026 (dagsorden)`. */
export const publicationLabel = (publication: Publication) => `${publication.committee} ${danishDate(publication.date)} (${kindLabels[publication.kind]})`;

/** The municipality as a title says it: "Hvidovre", not "Hvidovre Kommune". */
const shortName = (name: string) => name.replace(/\s+Kommune$/i, '');

/** Bytes as the summary says them. */
export const formatBytes = (bytes: number) => (bytes < 1_000_000 ? `${(bytes / 1000).toFixed(0)} kB` : `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`);

/**
 * The pull request's title: what came in, by municipality ("Hvidovre: Økonomiudvalget 18. maj 2026
 * (dagsorden), …"), within GitHub's 256 characters.
 */
export function pullRequestTitle(outcomes: readonly Outcome[]): string {
	const written = outcomes.filter((outcome) => outcome.path);
	const byMunicipality = new Map<string, string[]>();
	for (const outcome of written) byMunicipality.set(shortName(outcome.municipalityName), [...(byMunicipality.get(shortName(outcome.municipalityName)) ?? []), publicationLabel(outcome.publication)]);
	const title = [...byMunicipality].map(([name, labels]) => `${name}: ${labels.join(', ')}`).join('; ');
	if (title.length <= 200) return title;
	const first = written[0]!;
	return `${shortName(first.municipalityName)}: ${publicationLabel(first.publication)} og ${written.length - 1} andre publikationer`;
}

/**
 * The pull request's body: each publication with its portal link and where it was written, what
 * ingest said, and the publications that failed (they are fetched again by the next run).
 */
export function pullRequestBody(outcomes: readonly Outcome[], ingestLines: readonly string[], summary: string): string {
	const lines = ['Hentet af `npm run fetch` fra kommunernes portaler. Læs de genererede filer som ved enhver anden pull request (README: "Fetching from a portal"), og flet den, når den er rigtig.', ''];
	const municipalities = [...new Set(outcomes.map((outcome) => outcome.municipalityName))];
	for (const name of municipalities) {
		lines.push(`## ${name}`, '');
		for (const outcome of outcomes.filter((candidate) => candidate.municipalityName === name)) {
			const what = `[${publicationLabel(outcome.publication)}](${outcome.publication.url}), offentliggjort ${danishDate(outcome.publication.published.slice(0, 10))} kl. ${outcome.publication.published.slice(11, 16)}`;
			if (outcome.path) lines.push(`- ${what}: ${outcome.documents} ${outcome.documents === 1 ? 'dokument' : 'dokumenter'}, ${formatBytes(outcome.bytes)} → \`${outcome.path}\``);
			else lines.push(`- ${what}: **ikke hentet**, ${outcome.error} (hentes igen ved næste kørsel)`);
		}
		lines.push('');
	}
	lines.push('## Hvad ingest sagde', '', '```text', ...ingestLines, '```', '', summary);
	return `${lines.join('\n')}\n`;
}
