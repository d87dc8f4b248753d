/** "application/pdf icon ": the file-type label a web export glues in front of each attachment. */
const mimeIcon = /(?:application|image|text|audio|video)\/[\w.+-]+ icon\s*/g;

/** True for a line that is a web export's glued list of attachment links. */
export const isGluedAttachmentLine = (text: string): boolean => /^\s*(?:application|image|text|audio|video)\/[\w.+-]+ icon /.test(text);

/** Splits "a.pdfapplication/pdf icon b.pdf" (after the leading icon) into ["a.pdf", "b.pdf"]. */
export function splitGluedAttachments(text: string): string[] {
	return text
		.split(mimeIcon)
		.map((name) => name.trim())
		.filter((name) => name !== '');
}

/**
 * The attachment name of one entry in a "Bilag" list as exports print it: "Bilag 1: Navn",
 * "- [Navn.pdf](#)", "Navn". Link syntax and list markers are the export's, not part of the name.
 */
export function attachmentName(text: string): string {
	return text
		.trim()
		.replace(/^[-•*]\s+/, '')
		.replace(/^\[(.*)\]\([^)]*\)$/, '$1')
		.replace(/^Bilag\s+\d+[a-z]?\s*[:.-]\s*/i, '')
		.trim();
}

/** The same entry as the page should show it: as printed, minus the export's link syntax. */
export function attachmentLabel(text: string): string {
	return text
		.trim()
		.replace(/^[-•*]\s+/, '')
		.replace(/^\[(.*)\]\([^)]*\)$/, '$1')
		.trim();
}
