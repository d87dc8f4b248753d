import type { BlockContent, List, ListItem, Paragraph, Table } from 'mdast';
import type { Block } from '../2-read/document/source-document.ts';
import { lineShape } from './line-kinds.ts';
import { reflow } from './reflow.ts';
import type { SourceLine } from '../2-read/source-lines.ts';
import { append } from '../append.ts';

/** Told about words that are list markers, not text ("o" sub-bullets), for the loss check. */
export type DropListener = (line: number, words: string[], reason: string) => void;

interface OpenList {
	node: List;
	indent: number;
	last: ListItem;
	lastNumber: number | undefined;
}

/** Consecutive non-blank lines: the unit a blank line separates. */
function runsOf(lines: readonly SourceLine[]): SourceLine[][] {
	const runs: SourceLine[][] = [];
	let current: SourceLine[] = [];
	for (const line of lines) {
		if (line.text.trim() === '') {
			if (current.length > 0) runs.push(current);
			current = [];
		} else current.push(line);
	}
	if (current.length > 0) runs.push(current);
	return runs;
}

const paragraph = (lines: readonly string[]): Paragraph => ({ type: 'paragraph', children: reflow(lines) });

function table(rows: readonly string[][]): Table {
	const width = Math.max(...rows.map((row) => row.length));
	return {
		type: 'table',
		align: Array.from({ length: width }, () => null),
		children: rows.map((row) => ({
			type: 'tableRow',
			children: Array.from({ length: width }, (_, i) => ({
				type: 'tableCell',
				children: row[i] ? [{ type: 'text', value: row[i] }] : [],
			})),
		})),
	};
}

/** Builds the blocks of one run: paragraphs, (nested) lists and tables, in line order. */
function runToBlocks(run: readonly SourceLine[], onDrop: DropListener): BlockContent[] {
	const blocks: BlockContent[] = [];
	const itemLines = new Map<ListItem, string[]>();
	let stack: OpenList[] = [];
	let text: string[] = [];
	let rows: string[][] = [];

	const flushText = () => {
		if (text.length > 0) blocks.push(paragraph(text));
		text = [];
	};
	const flushRows = () => {
		if (rows.length > 0) blocks.push(table(rows));
		rows = [];
	};
	const closeLists = () => {
		stack = [];
	};
	const newList = (ordered: boolean, start: number | undefined, indent: number, parent: ListItem | undefined) => {
		const item: ListItem = { type: 'listItem', spread: false, children: [] };
		const list: List = { type: 'list', ordered, spread: false, children: [item], ...(ordered ? { start } : {}) };
		itemLines.set(item, []);
		if (parent) parent.children.push(list);
		else blocks.push(list);
		stack.push({ node: list, indent, last: item, lastNumber: start });
		return item;
	};

	for (const line of run) {
		const shape = lineShape(line.text, line.indent);
		if (shape.kind === 'item' && shape.marker) onDrop(line.n, [shape.marker], 'punkttegn fra Word ("o")');
		if (shape.kind !== 'row' && shape.kind !== 'rule') flushRows();
		if (shape.kind === 'item') {
			flushText();
			let item: ListItem;
			// A numbered item that continues an open list ("2." after "1.") belongs to it, however the
			// export indented it; NBSP runs in web exports shift numbered lines about at random.
			const continued = shape.ordered
				? stack.findLastIndex((open) => open.node.ordered && open.lastNumber === shape.start! - 1)
				: -1;
			if (continued >= 0) {
				stack = stack.slice(0, continued + 1);
				const open = stack[continued]!;
				item = { type: 'listItem', spread: false, children: [] };
				open.node.children.push(item);
				itemLines.set(item, []);
				open.last = item;
				open.lastNumber = shape.start;
			} else {
				while (stack.length > 0 && stack.at(-1)!.indent > shape.indent) stack.pop();
				const top = stack.at(-1);
				const continues = top && (!shape.ordered || top.lastNumber === shape.start! - 1);
				if (top && top.indent === shape.indent && top.node.ordered === shape.ordered && continues) {
					item = { type: 'listItem', spread: false, children: [] };
					top.node.children.push(item);
					itemLines.set(item, []);
					top.last = item;
					top.lastNumber = shape.start;
				} else if (top && top.indent < shape.indent) {
					item = newList(shape.ordered, shape.start, shape.indent, top.last);
				} else {
					if (top) stack.pop();
					item = newList(shape.ordered, shape.start, shape.indent, stack.at(-1)?.last);
				}
			}
			itemLines.get(item)!.push(shape.text);
		} else if (shape.kind === 'text' && stack.length > 0 && shape.indent > stack.at(-1)!.indent) {
			itemLines.get(stack.at(-1)!.last)!.push(shape.text);
		} else if (shape.kind === 'row' || shape.kind === 'rule') {
			flushText();
			closeLists();
			if (shape.kind === 'row') rows.push(shape.cells);
		} else {
			closeLists();
			text.push(shape.text);
		}
	}
	flushText();
	flushRows();
	for (const [item, lines] of itemLines) {
		if (lines.length > 0) item.children.unshift(paragraph(lines));
	}
	return blocks;
}

/** A lone short line with no closing punctuation: maybe a subheading, depending on its neighbours. */
function isHeadingLike(blocks: readonly BlockContent[]): boolean {
	if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') return false;
	const children = blocks[0]!.children;
	if (children.length !== 1 || children[0]!.type !== 'text') return false;
	const value = children[0]!.value;
	return (
		value.length <= 100 &&
		value.split(' ').length <= 14 &&
		/^\p{Lu}/u.test(value) &&
		!/[.,;:!?]["”]?$/.test(value) &&
		!value.includes(':') &&
		// "På landsplan er omgørelsesprocenten 36,3%" states a figure; headings do not.
		!/\d\s?%/.test(value)
	);
}

const width = (table: Table) => table.children[0]!.children.length;

/** A one-line paragraph as a table row, for a label line that sits between the rows of one table. */
function asRow(block: BlockContent | undefined, columns: number): Table['children'][number] | undefined {
	if (block?.type !== 'paragraph' || block.children.length !== 1 || block.children[0]!.type !== 'text') return undefined;
	const value = block.children[0]!.value;
	if (value.length > 60) return undefined;
	return {
		type: 'tableRow',
		children: Array.from({ length: columns }, (_, i) => ({ type: 'tableCell', children: i === 0 ? [{ type: 'text', value }] : [] })),
	};
}

/**
 * Joins what the export split with blank lines: "1. …", blank, "2. …" is one list, and a table
 * whose header stands apart from its rows (with a label line such as "Udvalget for:" between) is one table.
 */
function mergeAdjacent(blocks: BlockContent[]): BlockContent[] {
	const out: BlockContent[] = [];
	for (const block of blocks) {
		const previous = out.at(-1);
		if (block.type === 'table' && previous?.type === 'table' && width(previous) === width(block)) {
			append(previous.children, block.children);
			continue;
		}
		const label = block.type === 'table' ? asRow(previous, width(block)) : undefined;
		const before = out.at(-2);
		if (label && block.type === 'table' && before?.type === 'table' && before.children.length === 1 && width(before) === width(block)) {
			out.pop();
			before.children.push(label, ...block.children);
			continue;
		}
		if (block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered) {
			const expected = (previous.start ?? 1) + previous.children.length;
			if (!block.ordered || block.start === expected) {
				append(previous.children, block.children);
				continue;
			}
		}
		out.push(block);
	}
	return out;
}

/**
 * Turns the lines of one section into Markdown blocks. A lone short line between longer blocks
 * becomes a level-3 heading: the exports print subheadings as plain lines ("Kassebeholdning").
 */
export function blocksToMdast(lines: readonly SourceLine[], onDrop: DropListener): BlockContent[] {
	const runs = runsOf(lines).map((run) => runToBlocks(run, onDrop));
	const headingLike = runs.map(isHeadingLike);
	const blocks: BlockContent[] = [];
	runs.forEach((run, i) => {
		// A line that introduces a list ("ØDC og SHC indstiller") is a sentence, not a heading.
		const isolated =
			headingLike[i] && i + 1 < runs.length && !headingLike[i + 1] && runs[i + 1]![0]?.type !== 'list' && !(i > 0 && headingLike[i - 1]);
		if (isolated) {
			const child = (run[0] as Paragraph).children;
			blocks.push({ type: 'heading', depth: 3, children: child });
		} else append(blocks, run);
	});
	return mergeAdjacent(blocks);
}

/** A structured block as Markdown: as it is, without the reader's data; a heading inside a section is at least level 3. */
function blockToMdast(block: Exclude<Block, { type: 'lines' | 'pageBreak' }>): BlockContent {
	const { data: _data, position: _position, ...node } = block;
	if (node.type === 'heading') return { ...node, depth: Math.max(3, node.depth) as typeof node.depth };
	return node as BlockContent;
}

/**
 * Turns a section's units into Markdown blocks: runs of lines by the line heuristics above, and
 * structured blocks (an HTML paragraph, a Word table) as they are.
 */
export function unitsToMdast(units: readonly SourceLine[], onDrop: DropListener): BlockContent[] {
	const out: BlockContent[] = [];
	let run: SourceLine[] = [];
	const flush = () => {
		if (run.length > 0) append(out, blocksToMdast(run, onDrop));
		run = [];
	};
	for (const unit of units) {
		const block = unit.block;
		if (!block || block.type === 'lines') run.push(unit);
		// A page break parts paragraphs as a blank line does.
		else if (block.type === 'pageBreak') run.push({ ...unit, text: '', indent: 0 });
		else {
			flush();
			out.push(blockToMdast(block));
		}
	}
	flush();
	return out;
}
