/** One line a page shows: its pieces grouped into segments, which wide gaps separate (table cells). */
export interface PdfLine {
	page: number;
	/** 1-based on its page, top first. */
	line: number;
	y: number;
	x: number;
	right: number;
	size: number;
	bold: boolean;
	segments: string[];
	/** Where each segment starts, left to right. */
	starts: number[];
	/**
	 * Whether a paragraph starts here, where the page's maker says so rather than the gap above the
	 * line: a scan's text layer is read in the order it was written, in which a decision written to
	 * the right of its case comes after it, higher up the page (`pdf-text-layer.ts`).
	 */
	paragraph?: boolean;
}
