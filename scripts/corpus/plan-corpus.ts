import type { Format } from '../../src/lib/ingest/3-layouts/index.ts';
import { slugify } from '../../src/lib/ingest/slugify.ts';
import { formatDate } from '../../src/lib/site/format-date.ts';
import { createRandom, type Random } from './random.ts';
import type { Paragraph, SeedMaterial, WrittenKind } from './seed-material.ts';

/** The formats the seeds come in; each synthetic municipality publishes in one of them. */
export const seedFormats = ['firstagenda', 'hedensted', 'roedovre', 'stevns'] as const satisfies readonly Format[];
export type SeedFormat = (typeof seedFormats)[number];

export const sizes = { S: 1_000, M: 10_000, L: 60_000 } as const;
export type Size = keyof typeof sizes;

export interface CorpusOptions {
	/** Agenda items in the whole corpus. */
	items: number;
	seed: number;
	/** Municipalities to spread the items over; they take the seed formats in turn. */
	municipalities: number;
}

export interface Committee {
	name: string;
	slug: string;
	/** The short name Rødovre prints as "Beslutningskompetence" and Stevns uses in titles. */
	abbreviation: string;
	members: string[];
}

export interface Municipality {
	slug: string;
	name: string;
	format: SeedFormat;
	committees: Committee[];
	/** Agenda items this municipality gets. */
	items: number;
}

export interface GeneratedSection {
	kind: WrittenKind | 'treatment';
	heading: string;
	paragraphs: Paragraph[];
}

export interface GeneratedItem {
	number: string;
	title: string;
	caseNumber?: string;
	closed: boolean;
	authority?: string;
	sections: GeneratedSection[];
	attachments: string[];
}

export interface GeneratedMeeting {
	municipality: Municipality;
	committee: Committee;
	date: string;
	time: string;
	location: string;
	participants: string[];
	absent: string[];
	status: 'dagsorden' | 'referat';
	items: GeneratedItem[];
}

const towns = ['Agerby', 'Bøgeskov', 'Egekær', 'Fjordhavn', 'Granlund', 'Højmark', 'Kildeby', 'Lyngsø', 'Mølleå', 'Nørreskov', 'Ørbæk', 'Åmose'];

/** Thirty committees, as a large municipality has them over twenty years. */
const committeeNames: [string, string][] = [
	['Kommunalbestyrelsen', 'KB'], ['Økonomiudvalget', 'ØU'], ['Teknik- og Miljøudvalget', 'TMU'], ['Børne- og Skoleudvalget', 'BSU'],
	['Social- og Sundhedsudvalget', 'SSU'], ['Kultur- og Fritidsudvalget', 'KFU'], ['Beskæftigelsesudvalget', 'BEU'], ['Plan- og Boligudvalget', 'PBU'],
	['Klima- og Naturudvalget', 'KNU'], ['Erhvervsudvalget', 'EU'], ['Ældreudvalget', 'ÆU'], ['Udvalget for Læring', 'UL'],
	['Arbejdsmarked, Erhverv og Turisme', 'AET'], ['Handicaprådet', 'HR'], ['Folkeoplysningsudvalget', 'FU'], ['Integrationsrådet', 'IR'],
	['Seniorrådet', 'SR'], ['Ungdomsrådet', 'UR'], ['Beredskabskommissionen', 'BK'], ['Direktionen', 'DIR'],
	['Sundheds- og Forebyggelsesudvalget', 'SFU'], ['Trafik- og Vejudvalget', 'TVU'], ['Landdistriktsudvalget', 'LU'], ['Bæredygtighedsudvalget', 'BU'],
	['Digitaliseringsudvalget', 'DU'], ['Skatteankenævnet', 'SAN'], ['Hegnssynet', 'HS'], ['Børne- og Ungeudvalget', 'BUU'],
	['Udvalget for Fritid og Fællesskab', 'UFF'], ['Byudviklingsudvalget', 'BYU'],
];

const times = ['08:30', '13:00', '15:00', '15:30', '16:00', '17:00', '19:00'];
const months = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];
const lastYear = 2025;

/** How many meetings, committees and years a municipality with `items` items has. */
function shape(items: number) {
	const meetings = Math.max(1, Math.round(items / 10));
	const years = Math.min(20, Math.max(1, Math.ceil(meetings / 300)));
	const committees = Math.min(30, Math.max(1, Math.ceil(meetings / (10 * years))));
	return { years, committees };
}

/** The municipalities of a corpus, with their committees: what the registry lists. */
export function planMunicipalities(options: CorpusOptions, material: SeedMaterial): Municipality[] {
	const random = createRandom(options.seed);
	return Array.from({ length: options.municipalities }, (_, index) => {
		const name = `${towns[index % towns.length]}${index >= towns.length ? ` ${Math.floor(index / towns.length) + 1}` : ''}`;
		const items = Math.floor(options.items / options.municipalities) + (index < options.items % options.municipalities ? 1 : 0);
		const committees = committeeNames.slice(0, shape(items).committees).map(([committee, abbreviation]) => ({
			name: committee,
			slug: slugify(committee),
			abbreviation,
			members: random.sample(material.people, random.int(5, 9)),
		}));
		return { slug: slugify(name), name: `${name} Kommune`, format: seedFormats[index % seedFormats.length]!, committees, items };
	});
}

interface OpenCase {
	caseNumber?: string;
	title: string;
	last: { committee: string; date: string; number: string; decision: Paragraph };
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The meeting dates of one committee in one year: ten months, a weekday in each. */
function meetingDates(random: Random, year: number): string[] {
	return random
		.sample(months, 10)
		.sort((a, b) => a - b)
		.map((month) => {
			const date = new Date(Date.UTC(year, month - 1, random.int(1, 26)));
			const weekday = date.getUTCDay();
			if (weekday === 6) date.setUTCDate(date.getUTCDate() + 2);
			if (weekday === 0) date.setUTCDate(date.getUTCDate() + 1);
			return iso(date);
		});
}

/**
 * Every meeting of one municipality, oldest first, as a stream so that an L corpus never sits in
 * memory. Case numbers recur: about a quarter of the items continue an earlier case, keep its
 * title and number, and quote its last decision as an earlier treatment.
 */
export function* planMeetings(municipality: Municipality, options: CorpusOptions, material: SeedMaterial, index: number): Generator<GeneratedMeeting> {
	const random = createRandom(options.seed * 7919 + index + 1);
	const { years } = shape(municipality.items);
	const open: OpenCase[] = [];
	const running = new Map<string, number>();
	const caseNumbers = new Set<string>();
	let serial = 100;
	let left = municipality.items;

	const newCaseNumber = (date: string): string | undefined => {
		const yy = date.slice(2, 4);
		for (;;) {
			let candidate: string | undefined;
			if (municipality.format === 'firstagenda') candidate = `${yy}/${(serial += random.int(1, 40))}`;
			else if (municipality.format === 'hedensted') {
				const two = () => String(random.int(0, 99)).padStart(2, '0');
				candidate = `${two()}.${two()}.${two()}-${random.pick(['A', 'G', 'I', 'K', 'P'])}${two()}-${random.int(1, 9)}-${yy}`;
			} else return undefined;
			if (!caseNumbers.has(candidate)) {
				caseNumbers.add(candidate);
				return candidate;
			}
		}
	};

	const paragraphs = (kind: WrittenKind, min: number, max: number) => Array.from({ length: random.int(min, max) }, () => random.pick(material.paragraphs[kind]));
	const section = (kind: WrittenKind, min: number, max: number): GeneratedSection => ({
		kind,
		heading: random.pick(material.headings[kind]),
		paragraphs: paragraphs(kind, min, max),
	});

	for (let year = lastYear - years + 1; left > 0; year++) {
		const meetings = municipality.committees
			.flatMap((committee) => meetingDates(random, year).map((date) => ({ committee, date })))
			.sort((a, b) => a.date.localeCompare(b.date) || a.committee.slug.localeCompare(b.committee.slug));
		for (const { committee, date } of meetings) {
			if (left === 0) break;
			const count = Math.min(left, random.int(4, 16));
			left -= count;
			const status = random.chance(0.03) ? 'dagsorden' : 'referat';
			const absent = random.chance(0.3) ? [random.pick(committee.members)] : [];
			const items: GeneratedItem[] = [];
			for (let i = 0; i < count; i++) {
				const key = `${committee.slug}/${year}`;
				const number = municipality.format === 'firstagenda' ? String(i + 1) : String((running.get(key) ?? 0) + 1);
				running.set(key, Number(number));
				const closed = random.chance(0.04);
				const continued = !closed && open.length > 0 && random.chance(0.25) ? random.pick(open) : undefined;
				const caseNumber = continued ? continued.caseNumber : newCaseNumber(date);
				const title = continued?.title ?? random.pick(material.titles);
				const decision = random.pick(material.paragraphs.decision);
				const sections: GeneratedSection[] = [];
				if (!closed) {
					sections.push(section('resume', 1, 2));
					if (continued) {
						const { last } = continued;
						sections.push({ kind: 'treatment', heading: `${last.committee}, ${formatDate(last.date)}, pkt. ${last.number}:`, paragraphs: [last.decision] });
					}
					if (random.chance(0.3)) sections.push(section('background', 1, 3));
					if (random.chance(0.85)) sections.push(section('presentation', 2, 6));
					if (random.chance(0.5)) sections.push(section('economy', 1, 1));
					if (random.chance(0.2)) sections.push(section('law', 1, 1));
					if (random.chance(0.15)) sections.push(section('communication', 1, 1));
					if (random.chance(0.15)) sections.push(section('schedule', 1, 1));
					if (random.chance(0.9)) sections.push(section('recommendation', 1, 2));
				}
				if (status === 'referat') sections.push({ kind: 'decision', heading: random.pick(material.headings.decision), paragraphs: [decision] });
				const attachments = !closed && random.chance(0.5) ? random.sample(material.attachments, random.int(1, 4)) : [];
				items.push({
					number,
					title: closed && municipality.format === 'firstagenda' ? 'Lukket' : closed ? `${title} (Lukket)` : title,
					closed,
					sections,
					attachments,
					...(caseNumber ? { caseNumber } : {}),
					...(municipality.format === 'roedovre' ? { authority: random.chance(0.7) ? committee.abbreviation : 'KB' } : {}),
				});
				if (closed) continue;
				const entry = { committee: committee.name, date, number, decision };
				if (continued) continued.last = entry;
				else {
					open.push({ title, last: entry, ...(caseNumber ? { caseNumber } : {}) });
					if (open.length > 400) open.splice(0, 1);
				}
			}
			yield {
				municipality,
				committee,
				date,
				time: random.pick(times),
				location: random.pick(material.locations),
				participants: committee.members.filter((member) => !absent.includes(member)),
				absent,
				status,
				items,
			};
		}
	}
}
