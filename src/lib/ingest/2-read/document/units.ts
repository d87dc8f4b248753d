import type { List, Nodes } from 'mdast';
import { normaliseLine, type SourceLine } from '../source-lines.ts';
import type { Block, Location } from './source-document.ts';

function inlineText(node: Nodes): string {
	if (node.type === 'break') return '\n';
	if ('value' in node) return node.value;
	return 'children' in node ? node.children.map(inlineText).join('') : '';
}

/**
 * The plain text of a block, as layouts match it and as the word ledger and the CPR guard read it:
 * a table's cells separated by tabs and its rows by line breaks, a list's items one per line.
 */
export function blockText(block: Block): string {
	switch (block.type) {
		case 'lines':
			return block.lines.map((line) => line.text).join('\n');
		case 'pageBreak':
			return '';
		case 'table':
			return block.children.map((row) => row.children.map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()).join('\t')).join('\n');
		case 'list':
			return block.children.map((item) => item.children.map((child) => blockText(child as Block)).join('\n')).join('\n');
		default:
			return block.children.map(inlineText).join('');
	}
}

/** The plain text of each item of a list block, one per item. */
export const listEntries = (list: List): string[] => list.children.map((item) => item.children.map((child) => blockText(child as Block)).join(' ').replace(/\s+/g, ' ').trim());

/** A structured block as one unit: its text on one line (breaks become spaces), the block kept. */
export function blockUnit(block: Block, n: number, at?: Location): SourceLine {
	const text = normaliseLine(blockText(block).replace(/\s*\n\s*/g, ' ')).text.trim();
	const where = at ?? ('data' in block ? block.data?.at : undefined);
	return { n, text, indent: 0, block, ...(where ? { at: where } : {}) };
}

/**
 * The units a layout reads, in document order: each line of a run of lines, and each other block
 * as one unit. A text file's lines keep their line numbers as `n`; in any other document the
 * units are numbered 1, 2, 3 … in order (their `at` says where they are).
 */
export function unitsOf(blocks: readonly Block[], { keepNumbers = false } = {}): SourceLine[] {
	const units: SourceLine[] = [];
	for (const block of blocks) {
		if (block.type === 'lines') {
			for (const line of block.lines) units.push(keepNumbers ? line : { ...line, n: units.length + 1 });
		} else if (block.type === 'pageBreak') {
			// A page break separates the text before it from the text after, as a blank line does.
			if (units.length > 0 && units.at(-1)!.text !== '') units.push({ n: units.length + 1, text: '', indent: 0, block, at: { page: block.page } });
		} else units.push(blockUnit(block, units.length + 1));
	}
	return units;
}
