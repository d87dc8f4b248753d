import { t } from '../../i18n/da.ts';
import {
	oparlVersion,
	type OparlAgendaItem,
	type OparlBody,
	type OparlConsultation,
	type OparlFile,
	type OparlMeeting,
	type OparlOrganization,
	type OparlPaper,
	type OparlPerson,
	type OparlSystem,
} from '../../schemas/oparl.ts';
import { slugify } from '../ingest/slugify.ts';
import { itemSlug, type Archive, type Committee, type ItemAttachment } from '../site/build-archive.ts';
import type { ItemEntry, MeetingEntry } from '../site/archive-entries.ts';

/** The media types of the attachment files packages carry. */
const mimeTypes: Record<string, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	doc: 'application/msword',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	txt: 'text/plain',
	html: 'text/html',
};
import type { TimelineStep } from '../site/case-timeline.ts';
import { formatDate } from '../site/format-date.ts';
import type { Paths } from '../site/paths.ts';
import { siteConfig } from '../../site.config.ts';
import { copenhagenOffset } from './copenhagen-offset.ts';
import { oparlBodiesFile, oparlBodyFile, oparlFile, oparlListFile, oparlMeetingFile, oparlOrganizationFile, oparlSystemFile } from './oparl-paths.ts';
import type { Member } from '../site/members.ts';
import { ballotsOf } from '../decisions/ballots-of.ts';
import type { Ballot, DecisionClass } from '../../schemas/index.ts';

export interface OparlInput {
	archive: Archive;
	/** Display names by municipality slug. */
	names: Record<string, string>;
	/** The site's origin, e.g. `https://referatarkiv.dk`; `paths` add the base. */
	site: string;
	paths: Paths;
	/**
	 * The municipalities the System's body list names: the archive's own, or in a shard build every
	 * registered one, so that every shard writes the same list and each its own Bodies.
	 */
	listed?: readonly string[];
}

/** A file to write: its path relative to the output directory, and its JSON value. */
export interface OutputFile {
	path: string;
	value: unknown;
}

/** Objects per page of an external list: small enough for a phone, few enough files at 60,000 items. */
export const listPageSize = 100;

const type = (name: string) => `${oparlVersion}${name}`;
const lists = ['organization', 'person', 'meeting', 'paper', 'agenda-item', 'consultation', 'file', 'location', 'legislative-term', 'membership'] as const;
type ListKind = (typeof lists)[number];

/** A case with its treatments; items with no case number but quoted earlier treatments are a paper of their own. */
interface PaperSource {
	municipality: string;
	slug: string;
	name: string;
	reference?: string;
	web: string;
	steps: TimelineStep[];
}

/**
 * The archive as OParl 1.1: a System, a Body per municipality, an Organization per committee, a
 * Meeting per meeting with its AgendaItems embedded, a Paper per case with a Consultation per
 * treatment (quoted earlier treatments included), and a Person per listed participant. Every id is
 * the public URL of a file in `oparl/`, and every object has its own file, embedded or not.
 * Generated lazily: at 60,000 items the whole set does not need to be in memory at once.
 */
/** A decision's votes in the archive's OParl extension. */
function votesOf(decided: { votes: readonly Ballot[]; decisionClass: DecisionClass; decision?: string | undefined }): Pick<OparlAgendaItem, 'referatarkiv:votes' | 'referatarkiv:unanimous'> {
	const { ballots, unanimous } = ballotsOf(decided);
	return { ...(ballots.length > 0 ? { 'referatarkiv:votes': [...ballots] } : {}), ...(unanimous ? { 'referatarkiv:unanimous': true } : {}) };
}

export function* oparlFiles({ archive, names, site, paths, listed }: OparlInput): Generator<OutputFile> {
	const file = oparlFile;
	const url = (path: string) => new URL(`${paths.home}${path}`, site).href;
	const web = (path: string) => new URL(path, site).href;
	const listFile = (municipality: string, kind: ListKind, page = 1) => oparlListFile(municipality, kind, page);
	const meetingFile = oparlMeetingFile;
	const itemFile = (item: ItemEntry) => {
		const [municipality, meeting, name] = item.id.split('/');
		return file(municipality!, 'agenda-item', meeting!, name!);
	};
	const organizationFile = (committee: Pick<Committee, 'municipality' | 'slug'>) => oparlOrganizationFile(committee);
	// Persons are the members the site has pages for: officials are none, and one person is one file.
	const personFile = (member: Member) => file(member.municipality, 'person', member.slug);
	const personUrls = (municipality: string, printed: readonly string[]) => [
		...new Set(printed.flatMap((line) => {
			const member = archive.member(municipality, line);
			return member ? [url(personFile(member))] : [];
		})),
	];
	const paperFile = (source: Pick<PaperSource, 'municipality' | 'slug'>) => file(source.municipality, 'paper', source.slug);
	const consultationFile = (source: PaperSource, index: number) => file(source.municipality, 'consultation', source.slug, String(index + 1));
	const attachmentFile = (attachment: ItemAttachment) => {
		const [municipality, meeting, item, name] = attachment.entry.id.split('/');
		return file(municipality!, 'file', meeting!, item!, name!);
	};

	const fileObject = (attachment: ItemAttachment, item: ItemEntry, meeting: MeetingEntry): OparlFile => {
		const slug = itemSlug(item);
		const a = attachment.data;
		return {
			id: url(attachmentFile(attachment)),
			type: type('File') as OparlFile['type'],
			name: a.title,
			fileName: a.originalName,
			mimeType: mimeTypes[a.file.slice(a.file.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
			size: a.bytes,
			accessUrl: web(paths.attachmentFile(meeting.data, slug, attachment.name, a.file)),
			downloadUrl: web(paths.attachmentFile(meeting.data, slug, attachment.name, a.file)),
			agendaItem: [url(itemFile(item))],
			web: web(paths.attachment(meeting.data, slug, attachment.name)),
			...(a.pages ? { 'referatarkiv:pages': a.pages } : {}),
			...(a.ocr ? { 'referatarkiv:ocr': a.ocr } : {}),
		};
	};

	/** Pages of an external list; page 1 is the URL the Body names, an empty list is one empty page. */
	function* listPages(path: (page: number) => string, objects: readonly unknown[]): Generator<OutputFile> {
		const totalPages = Math.max(1, Math.ceil(objects.length / listPageSize));
		for (let page = 1; page <= totalPages; page++) {
			yield {
				path: path(page),
				value: {
					data: objects.slice((page - 1) * listPageSize, page * listPageSize),
					pagination: { totalElements: objects.length, elementsPerPage: listPageSize, currentPage: page, totalPages },
					links: {
						first: url(path(1)),
						...(page > 1 ? { prev: url(path(page - 1)) } : {}),
						...(page < totalPages ? { next: url(path(page + 1)) } : {}),
						last: url(path(totalPages)),
					},
				},
			};
		}
	}

	const papersOf = (municipality: string): PaperSource[] => {
		const fromCases = archive.casesOf(municipality).map((entry) => ({
			municipality,
			slug: entry.slug,
			name: entry.items.at(-1)!.data.title,
			reference: entry.number,
			web: web(paths.case(municipality, entry.number)),
			steps: archive.timelineOf(entry.items[0]!),
		}));
		const withoutNumber = archive.meetings
			.filter((meeting) => meeting.data.municipality === municipality)
			.flatMap((meeting) => archive.itemsOf(meeting.id).filter((item) => !archive.caseOf(item) && item.data.earlierTreatments.length > 0).map((item) => ({ item, meeting })))
			.map(({ item, meeting }) => ({
				municipality,
				slug: `punkt-${item.id.split('/').slice(1).join('-')}`,
				name: item.data.title,
				web: web(paths.item(meeting.data, itemSlug(item))),
				steps: archive.timelineOf(item),
			}));
		return [...fromCases, ...withoutNumber];
	};

	const consultationOf = new Map<string, string>();
	const consultation = (source: PaperSource, step: TimelineStep, index: number): OparlConsultation => {
		const treated = step.treated;
		return {
			id: url(consultationFile(source, index)),
			type: type('Consultation') as OparlConsultation['type'],
			paper: url(paperFile(source)),
			...(treated
				? {
						agendaItem: url(itemFile(treated.item)),
						meeting: url(meetingFile(treated.meeting)),
						organization: [url(organizationFile({ municipality: source.municipality, slug: slugify(treated.meeting.data.committee) }))],
					}
				: { 'referatarkiv:body': step.body, 'referatarkiv:quotedIn': url(itemFile(step.quotedIn!.item)) }),
			'referatarkiv:date': step.date,
			...(step.number ? { 'referatarkiv:number': step.number } : {}),
			'referatarkiv:decisionClass': step.decisionClass,
			...(step.decisionEvidence ? { 'referatarkiv:decisionEvidence': step.decisionEvidence } : {}),
			...(step.decision ? { 'referatarkiv:resolutionText': step.decision } : {}),
			...votesOf({ votes: step.votes, decisionClass: step.decisionClass, decision: step.decision }),
		};
	};

	const agendaItem = (item: ItemEntry, meeting: MeetingEntry): OparlAgendaItem => ({
		id: url(itemFile(item)),
		type: type('AgendaItem') as OparlAgendaItem['type'],
		meeting: url(meetingFile(meeting)),
		number: item.data.number,
		order: item.data.position,
		name: item.data.title,
		public: !item.data.closed,
		...(consultationOf.has(item.id) ? { consultation: consultationOf.get(item.id)! } : {}),
		result: t(`decision.${item.data.decisionClass}`),
		...(item.data.decision ? { resolutionText: item.data.decision } : {}),
		...(archive.attachmentsOf(item.id).length > 0 ? { auxiliaryFile: archive.attachmentsOf(item.id).map((attachment) => fileObject(attachment, item, meeting)) } : {}),
		web: web(paths.item(meeting.data, itemSlug(item))),
		'referatarkiv:decisionClass': item.data.decisionClass,
		...(item.data.decisionEvidence ? { 'referatarkiv:decisionEvidence': item.data.decisionEvidence } : {}),
		...(item.data.decisionInferred ? { 'referatarkiv:decisionInferred': true as const } : {}),
		...votesOf(item.data),
		...(item.data.absent.length > 0 ? { 'referatarkiv:absent': item.data.absent } : {}),
	});

	const meetingObject = (meeting: MeetingEntry): OparlMeeting => {
		const m = meeting.data;
		return {
			id: url(meetingFile(meeting)),
			type: type('Meeting') as OparlMeeting['type'],
			name: `${m.committee}, ${formatDate(m.date, m.time)}`,
			meetingState: m.status,
			...(m.time ? { start: `${m.date}T${m.time}:00${copenhagenOffset(m.date, m.time)}` } : {}),
			organization: [url(organizationFile({ municipality: m.municipality, slug: slugify(m.committee) }))],
			// Substitutes took part too, for the meeting or for an item.
			participant: personUrls(m.municipality, [...m.participants, ...[...m.substitutes, ...archive.itemsOf(meeting.id).flatMap((item) => item.data.substitutes)].map((substitute) => substitute.name)]),
			agendaItem: archive.itemsOf(meeting.id).map((item) => agendaItem(item, meeting)),
			web: web(paths.meeting(m)),
			'referatarkiv:date': m.date,
			...(m.location ? { 'referatarkiv:location': m.location } : {}),
			...(m.absent.length > 0 ? { 'referatarkiv:absent': personUrls(m.municipality, m.absent) } : {}),
		};
	};

	const system: OparlSystem = {
		id: url(oparlSystemFile),
		type: type('System') as OparlSystem['type'],
		oparlVersion: oparlVersion as OparlSystem['oparlVersion'],
		body: url(oparlBodiesFile),
		name: siteConfig.title,
		license: siteConfig.dataLicense,
		website: web(paths.home),
		product: siteConfig.repository,
		web: web(paths.home),
	};
	yield { path: oparlSystemFile, value: system };

	const bodyObject = (municipality: string): OparlBody => {
		const listUrl = (kind: ListKind) => url(listFile(municipality, kind));
		return {
			id: url(oparlBodyFile(municipality)),
			type: type('Body') as OparlBody['type'],
			system: system.id,
			name: names[municipality] ?? municipality,
			license: siteConfig.dataLicense,
			classification: 'Kommune',
			web: web(paths.municipality(municipality)),
			organization: listUrl('organization'),
			person: listUrl('person'),
			meeting: listUrl('meeting'),
			paper: listUrl('paper'),
			agendaItem: listUrl('agenda-item'),
			consultation: listUrl('consultation'),
			file: listUrl('file'),
			locationList: listUrl('location'),
			legislativeTermList: listUrl('legislative-term'),
			membership: listUrl('membership'),
			legislativeTerm: [],
		};
	};

	for (const municipality of archive.municipalities) {
		const body = bodyObject(municipality);
		yield { path: oparlBodyFile(municipality), value: body };

		// Papers first: an agenda item names its consultation.
		const papers = papersOf(municipality);
		const consultations: OparlConsultation[] = [];
		const paperObjects: OparlPaper[] = papers.map((source) => {
			const own = source.steps.map((step, index) => {
				const value = consultation(source, step, index);
				if (step.treated) consultationOf.set(step.treated.item.id, value.id);
				consultations.push(value);
				return value;
			});
			return {
				id: url(paperFile(source)),
				type: type('Paper') as OparlPaper['type'],
				body: body.id,
				name: source.name,
				...(source.reference ? { reference: source.reference } : {}),
				date: source.steps[0]!.date,
				consultation: own,
				web: source.web,
			};
		});
		for (const [index, source] of papers.entries()) {
			yield { path: paperFile(source), value: paperObjects[index] };
			for (const [step, value] of paperObjects[index]!.consultation.entries()) yield { path: consultationFile(source, step), value };
		}

		const people = new Map<string, OparlPerson>();
		const meetings = new Map<string, OparlMeeting>();
		const items: OparlAgendaItem[] = [];
		const attachments: OparlFile[] = [];
		for (const meeting of archive.meetings) {
			if (meeting.data.municipality !== municipality) continue;
			const value = meetingObject(meeting);
			meetings.set(meeting.id, value);
			yield { path: meetingFile(meeting), value };
			for (const [index, item] of archive.itemsOf(meeting.id).entries()) {
				items.push(value.agendaItem[index]!);
				yield { path: itemFile(item), value: value.agendaItem[index] };
				for (const [at, attachment] of archive.attachmentsOf(item.id).entries()) {
					const own = value.agendaItem[index]!.auxiliaryFile![at]!;
					attachments.push(own);
					yield { path: attachmentFile(attachment), value: own };
				}
			}
		}
		for (const member of archive.membersOf(municipality)) {
			const path = personFile(member);
			people.set(path, {
				id: url(path),
				type: type('Person') as OparlPerson['type'],
				body: body.id,
				name: member.name,
				...(member.parties.length > 0 ? { 'referatarkiv:party': member.parties[0]!, 'referatarkiv:parties': member.parties } : {}),
				web: web(paths.member(municipality, member.slug)),
			});
		}

		const committees = archive.committeesOf(municipality);
		const organizations: OparlOrganization[] = committees.map((committee) => ({
			id: url(organizationFile(committee)),
			type: type('Organization') as OparlOrganization['type'],
			body: body.id,
			name: committee.name,
			meeting: url(file(municipality, 'organization', committee.slug, 'meetings-1')),
			organizationType: 'Gremium',
			web: web(paths.committee(municipality, committee.name)),
		}));
		for (const [index, committee] of committees.entries()) {
			yield { path: organizationFile(committee), value: organizations[index] };
			yield* listPages((page) => file(municipality, 'organization', committee.slug, `meetings-${page}`), committee.meetings.map((meeting) => meetings.get(meeting.id)!));
		}
		for (const [path, value] of people) yield { path, value };

		yield* listPages((page) => listFile(municipality, 'organization', page), organizations);
		yield* listPages((page) => listFile(municipality, 'person', page), [...people.values()]);
		yield* listPages((page) => listFile(municipality, 'meeting', page), [...meetings.values()]);
		yield* listPages((page) => listFile(municipality, 'paper', page), paperObjects);
		yield* listPages((page) => listFile(municipality, 'agenda-item', page), items);
		yield* listPages((page) => listFile(municipality, 'consultation', page), consultations);
		yield* listPages((page) => listFile(municipality, 'file', page), attachments);
		for (const kind of ['location', 'legislative-term', 'membership'] as const) yield* listPages((page) => listFile(municipality, kind, page), []);
	}
	yield* listPages((page) => (page === 1 ? oparlBodiesFile : file(`bodies-${page}`)), (listed ?? archive.municipalities).map(bodyObject));
}
