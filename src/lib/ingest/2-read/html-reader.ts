import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { BlockContent, Nodes, PhrasingContent, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Block, Location, SourceDocument } from './document/source-document.ts';
import { decodeText } from './decode-text.ts';
import { visibleText } from './source-lines.ts';

const documentParser = unified().use(rehypeParse).freeze();
const fragmentParser = unified().use(rehypeParse, { fragment: true }).freeze();

/** Parses a whole HTML page. */
export const parseHtml = (html: string): HastRoot => documentParser.parse(html);
/** Parses an HTML fragment, as JSON and XML exports carry them in their fields. */
export const parseFragment = (html: string): HastRoot => fragmentParser.parse(html);

/** Elements that are the page's machinery, not its text: scripts, styles, navigation, controls, media. */
const machinery = new Set([
	'script', 'style', 'noscript', 'template', 'head', 'nav', 'button', 'input', 'select', 'textarea', 'option', 'form',
	'svg', 'canvas', 'iframe', 'object', 'embed', 'audio', 'video', 'img', 'picture', 'map', 'dialog',
]);
const hiddenClass = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|hidden|d-none)(?:\s|$)/;

/** True for an element a reader of the page never sees: hidden by attribute, ARIA or inline style. */
function isHidden(element: Element): boolean {
	const { hidden, ariaHidden, style, className, role } = element.properties;
	// Controls drawn as labels ("PDF" beside each attachment link) are the page's machinery too.
	if (role === 'button' || role === 'menu' || role === 'menuitem') return true;
	if (hidden !== undefined && hidden !== false && hidden !== null) return true;
	if (String(ariaHidden) === 'true') return true;
	if (typeof style === 'string' && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
	return Array.isArray(className) && hiddenClass.test(className.join(' '));
}

const blockElements = new Set(['p', 'div', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article']);

/**
 * A table cell holds phrasing only: paragraphs in a cell ("Forventede udgifter 2024", "mio.kr.")
 * would otherwise run together as one word. A line break keeps them apart.
 */
function separateCellBlocks(cell: Element): void {
	const children: ElementContent[] = [];
	for (const child of cell.children) {
		if (child.type === 'element' && blockElements.has(child.tagName) && children.some((c) => c.type !== 'text' || c.value.trim() !== '')) {
			children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
		}
		children.push(child);
	}
	cell.children = children;
}

/** Removes the page's machinery and hidden UI in place; what is left is what a reader sees. */
export function prune<T extends HastNodes>(node: T): T {
	if ('children' in node) {
		node.children = node.children.filter((child) => child.type !== 'comment' && child.type !== 'doctype' && !(child.type === 'element' && (machinery.has(child.tagName) || isHidden(child)))) as typeof node.children;
		for (const child of node.children) prune(child);
		if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) separateCellBlocks(node);
	}
	return node;
}

/** An absolute web address a page may link; anything else (relative, `javascript:`, `mailto:`) is text only. */
const linkable = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/** Plain text of phrasing content. */
const textOf = (nodes: readonly Nodes[]): string => nodes.map((node) => ('value' in node ? node.value : 'children' in node ? textOf(node.children) : node.type === 'break' ? '\n' : '')).join('');

/**
 * Cleans phrasing content for publication: links only to web addresses, no images or raw HTML,
 * no code spans (their text stays).
 */
function cleanPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
	return nodes.flatMap((node): PhrasingContent[] => {
		switch (node.type) {
			case 'image':
			case 'imageReference':
			case 'html':
			case 'footnoteReference':
				return [];
			case 'inlineCode':
				return [{ type: 'text', value: node.value }];
			case 'link':
				return linkable(node.url) ? [{ ...node, title: null, children: cleanPhrasing(node.children) }] : cleanPhrasing(node.children);
			case 'linkReference':
				return cleanPhrasing(node.children);
			case 'text':
				return [{ type: 'text', value: visibleText(node.value) }];
			case 'break':
				return [node];
			default:
				return 'children' in node ? [{ ...node, children: cleanPhrasing(node.children as PhrasingContent[]) } as PhrasingContent] : [node];
		}
	});
}

/** The line a node starts on: its own, or its first descendant's (paragraphs that wrap loose text have none). */
function lineOf(node: Nodes): number | undefined {
	if (node.position) return node.position.start.line;
	if ('children' in node) for (const child of node.children) {
		const line = lineOf(child);
		if (line !== undefined) return line;
	}
	return undefined;
}

const phrasing = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'html', 'footnoteReference']);

/**
 * Loose text beside blocks (a field whose HTML is bare text, or text after a paragraph) comes out
 * of hast-util-to-mdast as phrasing content at block level: each run becomes a paragraph, so it is
 * read like any other.
 */
function wrapLooseText(nodes: readonly Nodes[]): Nodes[] {
	const out: Nodes[] = [];
	let run: PhrasingContent[] = [];
	const flush = () => {
		if (run.length > 0) out.push({ type: 'paragraph', children: run });
		run = [];
	};
	for (const node of nodes) {
		if (phrasing.has(node.type)) run.push(node as PhrasingContent);
		else {
			flush();
			out.push(node);
		}
	}
	flush();
	return out;
}

/** Turns mdast from hast-util-to-mdast into the document model's blocks, with their locations. */
function toBlocks(nodes: readonly Nodes[], where: Location | undefined, inherited: number | undefined): Block[] {
	let previous = inherited;
	return wrapLooseText(nodes).flatMap((node): Block[] => {
		const line = lineOf(node) ?? previous;
		previous = line;
		const data = { at: { ...where, ...(line === undefined ? {} : { line }) } };
		switch (node.type) {
			case 'heading':
				return textOf(node.children).trim() === '' ? [] : [{ ...node, children: cleanPhrasing(node.children), data }];
			case 'paragraph': {
				const children = cleanPhrasing(node.children);
				// A paragraph of spaces or stray punctuation (". " before a heading) says nothing.
				return /[\p{L}\p{N}]/u.test(textOf(children)) ? [{ ...node, children, data }] : [];
			}
			case 'list':
				return [{ ...node, children: node.children.map((item) => ({ ...item, children: toBlocks(item.children, where, line).filter((block): block is BlockContent & Block => block.type !== 'pageBreak' && block.type !== 'lines') })), data }];
			case 'table':
				return [{ ...node, children: node.children.map((row) => ({ ...row, children: row.children.map((cell) => ({ ...cell, children: cleanPhrasing(cell.children) })) })), data }];
			case 'code':
				return node.value.trim() === '' ? [] : [{ type: 'paragraph', children: node.value.split('\n').flatMap((text, index): PhrasingContent[] => (index > 0 ? [{ type: 'break' }, { type: 'text', value: text }] : [{ type: 'text', value: text }])), data }];
			case 'blockquote':
			case 'root':
				return toBlocks(node.children, where, line);
			default:
				return [];
		}
	});
}

/** The blocks of an HTML tree (pruned first), each with its line in the HTML and `where` it sits. */
export function htmlBlocks(tree: HastRoot | Element, where?: Location): Block[] {
	const root: HastRoot = tree.type === 'root' ? structuredClone(tree) : { type: 'root', children: [structuredClone(tree)] };
	const mdast = toMdast(prune(root)) as Root;
	return toBlocks(mdast.children, where, undefined);
}

/** The blocks of an HTML fragment found at `where` inside a JSON or XML export. */
export const fragmentBlocks = (html: string, where: Location): Block[] => htmlBlocks(parseFragment(html), where);

/** Reads a saved web page (or an eDoc HTML output): its body as blocks, and its tree for layouts. */
export function readHtml(path: string, bytes: Uint8Array, entry?: string): SourceDocument {
	const { text, encoding } = decodeText(bytes, path);
	const hast = parseHtml(text);
	return { path, ...(entry ? { entry } : {}), container: 'html', encoding, hast, blocks: htmlBlocks(hast, entry ? { path: entry } : undefined) };
}
