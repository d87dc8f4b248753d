import type { Root, RootContent } from 'mdast';
import type { AgendaItem, Attachment, Meeting } from '../../../schemas/index.ts';
import { serializeMarkdown, toYaml } from '../4-documents/serialize-markdown.ts';

/**
 * A file a package carries for an item, as one publication gives it: published beside the item as
 * `<slug>.<extension>`, with its text as `<slug>.md`.
 */
export interface VersionAttachment {
	data: Omit<Attachment, 'item' | 'file'>;
	/** The file's name on the site, from its title. */
	slug: string;
	extension: string;
	/** The extracted text as Markdown. */
	body: string;
	bytes: Uint8Array;
}

/** An item as one publication gives it: its frontmatter, its body as Markdown, and what comparing needs. */
export interface VersionItem {
	data: AgendaItem;
	/** The body, serialized (empty for a closed item). */
	body: string;
	/** Where the parser found it, for messages. */
	line: number;
	/** The recommendation's plain text, to tell whether a later publication changed it. */
	recommendation?: string;
	attachments: VersionAttachment[];
}

/**
 * One publication of a meeting (the agenda, the minutes, a republication) as one raw file gives
 * it. A meeting's publications are merged into what the site shows (`planMeeting`).
 */
export interface MeetingVersion {
	/** The meeting's id, `<municipality>/<date>-<committee>`. */
	id: string;
	source: string;
	data: Meeting;
	body: string;
	items: VersionItem[];
	/** What the file says of its publication: when, and the system's id of the meeting. */
	publication: { time?: string; meetingId?: string };
}

/** A generated file: Markdown, or an attachment's bytes. Paths are relative to the content directory. */
export interface GeneratedFile {
	path: string;
	content: string | Uint8Array;
}

/** The Markdown of a body (no frontmatter), as the serializer writes it after a frontmatter block. */
export const serializeBody = (body: readonly RootContent[]): string => (body.length === 0 ? '' : serializeMarkdown({ type: 'root', children: [...body] } as Root));

/**
 * A Markdown file: YAML frontmatter, then the body. The serializer separates the frontmatter from
 * the first block by a blank line, so joining the two parts gives the same bytes as serializing
 * the whole tree (checked in `test/ingest/meeting-life.test.ts`).
 */
export const markdownFile = (data: object, body: string): string => `---\n${toYaml(data)}\n---\n${body === '' ? '' : `\n${body}`}`;
