import type { Container, SourceDocument } from '../../2-read/document/source-document.ts';
import { unitsOf } from '../../2-read/document/units.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import type { Layout, LineLayout } from '../types.ts';

/** The units of a document read line by line: a text file's lines keep their line numbers. */
export const linesOf = (document: SourceDocument): SourceLine[] => unitsOf(document.blocks, { keepNumbers: document.container === 'text' });

/**
 * A layout of lines over the document model: it reads a text export, and the same system's PDF
 * export, whose reader gives the lines a page shows (and headings as units of their own).
 */
export function fromLines(layout: LineLayout, containers: readonly Container[] = ['text', 'pdf']): Layout {
	return {
		name: layout.name,
		label: layout.label,
		detect: (document) => (containers.includes(document.container) ? layout.detect(linesOf(document)) : 0),
		parse(document) {
			const units = linesOf(document);
			return [{ ...layout.parse(units, document.path, document.omitted), units }];
		},
	};
}
