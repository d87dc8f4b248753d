import { slugify } from '../ingest/slugify.ts';
import { itemSlug, type Archive, type ItemAttachment } from './build-archive.ts';
import type { ItemEntry, MeetingEntry } from './archive-entries.ts';

export interface AttachmentRoute {
	params: { kommune: string; udvalg: string; dato: string; punkt: string; bilag: string };
	attachment: ItemAttachment;
	item: ItemEntry;
	meeting: MeetingEntry;
}

/** Every attachment's address parts, with its item and meeting: for its page and for its file. */
export function attachmentRoutes(archive: Archive): AttachmentRoute[] {
	return archive.meetings.flatMap((meeting) =>
		archive.itemsOf(meeting.id).flatMap((item) =>
			archive.attachmentsOf(item.id).map((attachment) => ({
				params: { kommune: meeting.data.municipality, udvalg: slugify(meeting.data.committee), dato: meeting.data.date, punkt: itemSlug(item), bilag: attachment.name },
				attachment,
				item,
				meeting,
			})),
		),
	);
}
