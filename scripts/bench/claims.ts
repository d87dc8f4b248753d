import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ballotsOf, sides } from '../../src/lib/decisions/ballots-of.ts';
import { partyNamedAt } from '../../src/lib/decisions/parties.ts';
import { ingestFile, type RawFile } from '../../src/lib/ingest/ingest-file.ts';
import { layoutFor } from '../../src/lib/ingest/3-layouts/index.ts';
import { readRaw } from '../../src/lib/ingest/2-read/read-raw.ts';
import { decisionClasses, type DecisionClass } from '../../src/schemas/decision-class.ts';
import { agendaItemSchema, meetingSchema, municipalityRegistrySchema, type AgendaItem, type Meeting } from '../../src/schemas/index.ts';

/**
 * The claims benchmark of issue 25: what the archive reads out of the minutes (decision class,
 * votes, unanimity, absence, substitutes) against a gold set read by hand from the same text by
 * people who never saw the code (`test/fixtures/claims/gold-*.yaml`). Precision is what a
 * journalist quoting a label relies on; recall and coverage say how much is read at all.
 */

const evidence = z.string();
const named = z.strictObject({ name: z.string(), evidence });
const goldBallot = z.strictObject({
	part: z.union([z.string(), z.number()]).transform(String).optional(),
	side: z.enum(['for', 'against', 'abstained', 'reserved']),
	parties: z.array(z.string()).default([]),
	members: z.array(z.string()).default([]),
	count: z.number().int().nonnegative().optional(),
	evidence,
});
const goldItem = z.strictObject({
	meeting: z.string(),
	item: z.union([z.string(), z.number()]).transform(String),
	title: z.string().optional(),
	decision: z.strictObject({ class: z.enum(decisionClasses), evidence: z.string().nullable().default(''), ambiguous: z.string().optional() }),
	unanimous: z.strictObject({ evidence, value: z.boolean().optional() }).optional(),
	ballots: z.array(goldBallot).default([]),
	absent: z.array(named).default([]),
	substitutes: z.array(z.strictObject({ name: z.string(), for: z.string(), evidence })).default([]),
	notTakingPart: z.array(named).default([]),
	note: z.string().optional(),
});
const goldMeeting = z.strictObject({
	meeting: z.string(),
	absent: z.array(named).default([]),
	substitutes: z.array(z.strictObject({ name: z.string(), for: z.string(), evidence })).default([]),
	note: z.string().optional(),
});
export const goldFileSchema = z.strictObject({ meetings: z.array(goldMeeting).default([]), items: z.array(goldItem).default([]) });

export type GoldItem = z.output<typeof goldItem>;
export type GoldMeeting = z.output<typeof goldMeeting>;
export interface Gold {
	items: GoldItem[];
	meetings: GoldMeeting[];
}

/** Every gold file in `folder`, validated. */
export function readGold(folder: string): Gold {
	const gold: Gold = { items: [], meetings: [] };
	for (const name of readdirSync(folder).filter((file) => /^gold-.*\.ya?ml$/.test(file)).sort()) {
		const result = goldFileSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')));
		if (!result.success) throw new Error(`${name}: ${result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
		gold.items.push(...result.data.items);
		gold.meetings.push(...result.data.meetings);
	}
	return gold;
}

/** What the archive claims of one item. */
export interface ItemClaims {
	meeting: string;
	item: string;
	decisionClass: DecisionClass | 'unread';
	/** The displayed "Enstemmig": stated, or as the site infers it. */
	unanimous: boolean;
	/** (side, voter) pairs, voter a party letter or a folded name. */
	votes: { side: string; voter: string }[];
	counts: { side: string; count: number }[];
	absent: string[];
	substitutes: { name: string; for: string }[];
}

export interface MeetingClaims {
	meeting: string;
	absent: string[];
	substitutes: { name: string; for: string }[];
}

/** A name as compared: folded case and space, no party after it ("Tina Rottbøll (A)"). */
export const foldName = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
/** A party as compared: its list letter, however the gold wrote it ("Enhedslisten", "Ø", "Liste Ø"). */
export function foldParty(party: string): string {
	const text = party.trim().replace(/^liste\s+/i, '');
	return partyNamedAt(text)?.letter ?? text.toUpperCase();
}

export interface Score {
	kind: string;
	/** Claims made, claims right, claims in the gold. */
	claimed: number;
	right: number;
	gold: number;
}

const score = (kind: string, claimed: readonly string[], gold: readonly string[]): Score => {
	const truth = new Set(gold);
	const made = new Set(claimed);
	return { kind, claimed: made.size, right: [...made].filter((claim) => truth.has(claim)).length, gold: truth.size };
};

export const precision = (s: Score) => (s.claimed === 0 ? 1 : s.right / s.claimed);
export const recall = (s: Score) => (s.gold === 0 ? 1 : s.right / s.gold);

/** The decision classes a gold entry accepts: its class, and any other its `ambiguous` note names. */
export function acceptedClasses(item: GoldItem): Set<string> {
	const accepted = new Set<string>([item.decision.class]);
	for (const value of decisionClasses) if (item.decision.ambiguous && new RegExp(`(?<![\\w-])${value}(?![\\w-])`).test(item.decision.ambiguous)) accepted.add(value);
	return accepted;
}

export interface ClaimsReport {
	items: number;
	/** Items the archive has no claims for (a gold entry it did not find), and claims with no gold entry. */
	missing: string[];
	/** `strict`: right only where the claim is the gold's first reading, not an alternative its `ambiguous` note allows. */
	decision: { labelled: number; right: number; strict: number; coverage: number; precision: number; recall: number; confusion: Record<string, Record<string, number>>; wrong: { key: string; gold: string; claimed: string; evidence: string }[]; unread: string[] };
	scores: Score[];
	wrong: Record<string, { claimed: string[]; missed: string[] }>;
}

/** Scores the archive's claims against the gold set. */
export function scoreClaims(gold: Gold, items: readonly ItemClaims[], meetings: readonly MeetingClaims[]): ClaimsReport {
	const key = (meeting: string, item: string) => `${meeting}#${item}`;
	const byKey = new Map(items.map((claims) => [key(claims.meeting, claims.item), claims]));
	const missing: string[] = [];
	const confusion: Record<string, Record<string, number>> = {};
	const wrongDecisions: ClaimsReport['decision']['wrong'] = [];
	const unread: string[] = [];
	let labelled = 0;
	let right = 0;
	let strict = 0;
	const sets = { votes: [[], []], counts: [[], []], unanimous: [[], []], itemAbsent: [[], []], meetingAbsent: [[], []], substitutes: [[], []] } as Record<string, [string[], string[]]>;
	const push = (kind: string, which: 0 | 1, claim: string) => sets[kind]![which].push(claim);
	for (const entry of gold.items) {
		const id = key(entry.meeting, entry.item);
		const claims = byKey.get(id);
		if (!claims) {
			missing.push(id);
			continue;
		}
		const accepted = acceptedClasses(entry);
		const row = (confusion[entry.decision.class] ??= {});
		row[claims.decisionClass] = (row[claims.decisionClass] ?? 0) + 1;
		if (claims.decisionClass === 'unread') unread.push(id);
		else {
			labelled++;
			if (claims.decisionClass === entry.decision.class) strict++;
			if (accepted.has(claims.decisionClass)) right++;
			else wrongDecisions.push({ key: id, gold: entry.decision.class, claimed: claims.decisionClass, evidence: entry.decision.evidence ?? '' });
		}
		for (const ballot of entry.ballots) {
			for (const party of ballot.parties) push('votes', 1, `${id} ${ballot.side} ${foldParty(party)}`);
			for (const member of ballot.members) push('votes', 1, `${id} ${ballot.side} ${foldName(member)}`);
			if (ballot.count !== undefined) push('counts', 1, `${id} ${ballot.side} ${ballot.count}`);
		}
		for (const vote of claims.votes) push('votes', 0, `${id} ${vote.side} ${vote.voter}`);
		for (const count of claims.counts) push('counts', 0, `${id} ${count.side} ${count.count}`);
		if (entry.unanimous && entry.unanimous.value !== false) push('unanimous', 1, id);
		if (claims.unanimous) push('unanimous', 0, id);
		for (const absent of [...entry.absent, ...entry.notTakingPart]) push('itemAbsent', 1, `${id} ${foldName(absent.name)}`);
		for (const absent of claims.absent) push('itemAbsent', 0, `${id} ${foldName(absent)}`);
		for (const substitute of entry.substitutes) push('substitutes', 1, `${entry.meeting} ${foldName(substitute.name)} > ${foldName(substitute.for)}`);
		for (const substitute of claims.substitutes) push('substitutes', 0, `${entry.meeting} ${foldName(substitute.name)} > ${foldName(substitute.for)}`);
	}
	const goldMeetings = new Set(gold.meetings.map((meeting) => meeting.meeting));
	for (const meeting of gold.meetings) {
		for (const absent of meeting.absent) push('meetingAbsent', 1, `${meeting.meeting} ${foldName(absent.name)}`);
		for (const substitute of meeting.substitutes) push('substitutes', 1, `${meeting.meeting} ${foldName(substitute.name)} > ${foldName(substitute.for)}`);
	}
	for (const meeting of meetings) {
		if (!goldMeetings.has(meeting.meeting)) continue;
		for (const absent of meeting.absent) push('meetingAbsent', 0, `${meeting.meeting} ${foldName(absent)}`);
		for (const substitute of meeting.substitutes) push('substitutes', 0, `${meeting.meeting} ${foldName(substitute.name)} > ${foldName(substitute.for)}`);
	}
	const kinds: [string, string][] = [
		['votes', 'vote sides (item, side, party or member)'],
		['counts', 'vote counts'],
		['unanimous', 'unanimity shown'],
		['meetingAbsent', 'absence, meeting'],
		['itemAbsent', 'absence or not taking part, item'],
		['substitutes', 'substitutes'],
	];
	const scores = kinds.map(([name, label]) => score(label, sets[name]![0], sets[name]![1]));
	const wrong = Object.fromEntries(
		kinds.map(([name, label]) => {
			const [claimed, truth] = sets[name]!;
			return [label, { claimed: [...new Set(claimed)].filter((claim) => !truth.includes(claim)), missed: [...new Set(truth)].filter((claim) => !claimed.includes(claim)) }];
		}),
	);
	const total = gold.items.length - missing.length;
	return {
		items: gold.items.length,
		missing,
		decision: { labelled, right, strict, coverage: total === 0 ? 0 : labelled / total, precision: labelled === 0 ? 1 : right / labelled, recall: total === 0 ? 0 : right / total, confusion, wrong: wrongDecisions, unread },
		scores,
		wrong,
	};
}

/**
 * The minutes the gold set covers: the bundled raw files as committed, and the real originals the
 * tests hold that the archive does not bundle, each read as an editor would commit it.
 */
function sources(repositoryRoot: string): RawFile[] {
	const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
	const raws: RawFile[] = [];
	for (const file of walk(join(repositoryRoot, 'content/raw'))) {
		if (/\.ya?ml$/i.test(file) || /readme/i.test(file)) continue;
		const path = relative(repositoryRoot, file);
		const sidecarPath = path.replace(/\.[^./]+$/, '.yaml');
		let sidecar: RawFile['sidecar'];
		try {
			sidecar = { path: sidecarPath, text: readFileSync(join(repositoryRoot, sidecarPath), 'utf8') };
		} catch {
			// No sidecar: the file says it all.
		}
		raws.push({ path, bytes: new Uint8Array(readFileSync(file)), ...(sidecar ? { sidecar } : {}) });
	}
	const originals: [string, string][] = [
		['greve-klima-teknik-og-miljoeudvalget-2024-01-15.json', 'greve'],
		['greve-kultur-og-fritidsudvalget-2022-03-21.json', 'greve'],
		['greve-oekonomiudvalget-2024-03-13.json', 'greve'],
		['greve-social-og-handicapudvalget-2024-10-07.json', 'greve'],
		['greve-spoergsmaal-svar-til-byraadet-2024-12-31.json', 'greve'],
		['aarhus-byraad-2025-10-08.html', 'aarhus'],
		['protocols/vejlby-risskov-sogneraad-1941.txt', 'aarhus'],
		// Issue 26: other templates and parishes.
		['aarhus-teknisk-udvalg-2025-10-01.html', 'aarhus'],
		['greve-byraad-2023-09-27.json', 'greve'],
		['syddjurs-udvalget-for-plan-udvikling-og-kultur-2013-06-20.xml', 'syddjurs'],
		['protocols/elev-sogneraad-1940.txt', 'aarhus'],
		['protocols/trige-oelsted-sogneraad-1944.txt', 'aarhus'],
		['protocols/ormslev-kolt-sogneraad-1944.txt', 'aarhus'],
		['scans/elsted-sogneraad-1942.pdf', 'aarhus'],
	];
	for (const [name, slug] of originals) raws.push({ path: `content/raw/${slug}/${name.split('/').pop()}`, bytes: new Uint8Array(readFileSync(join(repositoryRoot, 'test/fixtures/originals', name))) });
	return raws;
}

/**
 * What the archive claims of every meeting the gold set covers, read as ingest reads it, and each
 * meeting's text as the labellers read it: what the readers extracted, in order, with the
 * participants FirstAgenda's API lists as data and a closed item's published decision. The gold
 * set's evidence must occur in that text. One read of each file for both.
 */
export async function readArchive(repositoryRoot: string): Promise<{ items: ItemClaims[]; meetings: MeetingClaims[]; texts: Map<string, string> }> {
	const registered = parse(readFileSync(join(repositoryRoot, 'content/municipalities.yaml'), 'utf8')) as Record<string, unknown>;
	// Originals of municipalities the archive does not bundle (Syddjurs) are read under their own name.
	const registry = municipalityRegistrySchema.parse({ syddjurs: { name: 'Syddjurs Kommune' }, ...registered });
	const items = new Map<string, ItemClaims[]>();
	const meetings = new Map<string, MeetingClaims>();
	const texts = new Map<string, string>();
	for (const raw of sources(repositoryRoot)) {
		const result = await ingestFile(raw, { registry });
		const document = await readRaw(raw.path, raw.bytes);
		const parsed = layoutFor(result.format).parse(document);
		const listed = ((document.json as { Moede?: { Moededeltagere?: { Name: string; Absent: boolean; ParticipationCancelled: boolean }[] } } | undefined)?.Moede?.Moededeltagere ?? []).map(
			(person) => `${person.Name}${person.Absent ? ' (Absent: true)' : ''}${person.ParticipationCancelled ? ' (ParticipationCancelled: true)' : ''}`,
		);
		for (const [index, version] of result.meetings.entries()) {
			const decided = version.items.map(({ data }): AgendaItem => agendaItemSchema.parse(data));
			const closed = decided.filter((item) => item.closed && item.decision).map((item) => item.decision!);
			texts.set(version.id, `${texts.get(version.id) ?? ''}\n${[...listed, ...parsed[index]!.units.map((unit) => unit.text), ...closed].join('\n')}`);
			// A meeting published twice (Middelfart) is judged by its newest, fullest publication.
			if ((items.get(version.id)?.length ?? -1) >= decided.length) continue;
			const meeting: Meeting = meetingSchema.parse(version.data);
			meetings.set(version.id, { meeting: version.id, absent: meeting.absent, substitutes: meeting.substitutes });
			items.set(
				version.id,
				decided.map((item) => ({
					meeting: version.id,
					item: item.number,
					decisionClass: item.decisionClass,
					// What the pages show as "Enstemmig": `ballotsOf`'s reading, and any ballot the text calls unanimous.
					unanimous: ballotsOf(item).unanimous || item.votes.some((ballot) => ballot.unanimous === true),
					votes: item.votes.flatMap((ballot) => sides.flatMap((side) => ballot[side].map((voter) => ({ side, voter: voter.name ? foldName(voter.name) : voter.party! })))),
					counts: item.votes.flatMap((ballot) => Object.entries(ballot.counts ?? {}).map(([side, count]) => ({ side, count: count! }))),
					absent: item.absent,
					substitutes: item.substitutes,
				})),
			);
		}
	}
	return { items: [...items.values()].flat(), meetings: [...meetings.values()], texts };
}
