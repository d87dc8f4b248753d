import { itemSlug, type Archive } from '../site/build-archive.ts';
import type { MeetingEntry } from '../site/archive-entries.ts';
import { meetingSource } from '../site/meeting-source.ts';
import { ballotsOf } from '../decisions/ballots-of.ts';
import type { Paths } from '../site/paths.ts';
import type { Municipality } from '../../schemas/index.ts';
import type { ItemWithBody } from './read-content.ts';

/**
 * One agenda item as a self-contained record: meeting facts repeated on every line, so that a search
 * engine or a notebook can load a municipality's file line by line with nothing to join. A closed
 * item carries no text, whatever its file holds: only what the site publishes is exported.
 */
export function itemRecord(item: ItemWithBody, meeting: MeetingEntry, archive: Archive, paths: Paths, site: string, municipality: Pick<Municipality, 'name' | 'minutes' | 'website'>) {
	const m = meeting.data;
	const source = meetingSource(m, municipality);
	const i = item.data;
	const web = (path: string) => new URL(path, site).href;
	const itsCase = archive.caseOf(item);
	const ballots = ballotsOf(i);
	return {
		// A document id search engines accept as it is (Meilisearch allows a-z, A-Z, 0-9, - and _).
		id: item.id.replace(/\//g, '_'),
		url: web(paths.item(m, itemSlug(item))),
		municipality: m.municipality,
		municipalityName: municipality.name,
		committee: m.committee,
		date: m.date,
		...(m.time ? { time: m.time } : {}),
		meetingUrl: web(paths.meeting(m)),
		status: m.status,
		number: i.number,
		position: i.position,
		title: i.title,
		...(i.caseNumber ? { caseNumber: i.caseNumber } : {}),
		...(itsCase ? { caseUrl: web(paths.case(m.municipality, itsCase.number)) } : {}),
		...(i.authority ? { authority: i.authority } : {}),
		closed: i.closed,
		decisionClass: i.decisionClass,
		...(i.decisionEvidence ? { decisionEvidence: i.decisionEvidence } : {}),
		...(i.decisionInferred ? { decisionInferred: true } : {}),
		...(i.decision ? { decision: i.decision } : {}),
		attachments: i.attachments,
		...(archive.attachmentsOf(item.id).length > 0
			? {
					attachmentFiles: archive.attachmentsOf(item.id).map((attachment) => ({
						title: attachment.data.title,
						url: web(paths.attachmentFile(m, itemSlug(item), attachment.name, attachment.data.file)),
						page: web(paths.attachment(m, itemSlug(item), attachment.name)),
						...(attachment.data.pages ? { pages: attachment.data.pages } : {}),
						// Text recognised from a scan (OCR) may hold misread words.
						...(attachment.data.ocr ? { ocr: attachment.data.ocr } : {}),
					})),
				}
			: {}),
		earlierTreatments: i.earlierTreatments,
		votes: ballots.ballots,
		...(ballots.unanimous ? { unanimous: true } : {}),
		...(i.absent.length > 0 ? { absent: i.absent } : {}),
		...(i.substitutes.length > 0 ? { substitutes: i.substitutes } : {}),
		...(i.closed ? {} : { text: item.body.trim() }),
		...(i.ocr ? { ocr: i.ocr } : {}),
		// Only the meeting's own page is its source: a municipality's front page or list of minutes would be
		// quoted as the place the text came from, which it is not. Without one, `source` is absent.
		...(source?.kind === 'meeting' ? { source: source.href } : {}),
	};
}
