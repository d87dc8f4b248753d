import { z } from 'astro/zod';
import { line } from './fields.ts';
import { ocrMarkSchema } from './ocr.ts';

/**
 * An attachment (bilag) whose file a publication package carries (SBSYS `Enclosures/`, an Acadre
 * folder): `content/attachments/<meeting id>/<item>/<name>.md`, its extracted text as the body, and
 * the file itself beside it. Never written for a closed item or a file the package marks as not public.
 */
export const attachmentSchema = z.strictObject({
	/** Id of the item entry it belongs to, e.g. `ballerup/2013-05-15-kmb-it-udvalget/3`. */
	item: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+\/[a-z0-9-]+$/, 'skal være et punkts id, fx ballerup/2013-05-15-kmb-it-udvalget/3'),
	/** The attachment's name as the package lists it. */
	title: line,
	/** The file's name beside this one (ASCII, for any web server). */
	file: z.string().regex(/^[a-z0-9-]+\.[a-z0-9]+$/, 'skal være et filnavn som brev-fra-kl.pdf'),
	/** The file's name as the package gave it, offered when it is downloaded. */
	originalName: line,
	/** Pages of a PDF. */
	pages: z.number().int().positive().optional(),
	/** Size in bytes. */
	bytes: z.number().int().nonnegative(),
	/** Why the file's text could not be read (a scan, a damaged file): the file is published, without text to search. */
	unreadable: line.optional(),
	/** The file's text was recognised from its scanned pages (OCR): the page says it may hold errors. */
	ocr: ocrMarkSchema.optional(),
	/** Repository path of the raw file (the package) it came from. */
	source: z.string().regex(/^content\/raw\/[^\s].*[^/]$/),
});

export type Attachment = z.infer<typeof attachmentSchema>;
