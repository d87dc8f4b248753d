import type { Element, Root, RootContent } from 'hast';
import { normaliseLine } from '../../2-read/source-lines.ts';

/** True when the element has the class. */
export const hasClass = (element: Element, name: string): boolean => Array.isArray(element.properties.className) && element.properties.className.includes(name);

/** Every element under `node` (itself included) that `test` accepts, in document order. */
export function findAll(node: Root | Element, test: (element: Element) => boolean, into: Element[] = []): Element[] {
	if (node.type === 'element' && test(node)) into.push(node);
	for (const child of node.children) if (child.type === 'element') findAll(child, test, into);
	return into;
}

/** The first element under `node` that `test` accepts. */
export const findFirst = (node: Root | Element, test: (element: Element) => boolean): Element | undefined => findAll(node, test)[0];

/** The text a reader sees in a node; a line break as `\n`. */
export function rawText(node: RootContent | Root): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element' && node.tagName === 'br') return '\n';
	return 'children' in node ? (node.children as RootContent[]).map(rawText).join('') : '';
}

/** The text of a node on one line, spaces tidied. */
export const lineText = (node: RootContent | Root): string => normaliseLine(rawText(node).replace(/\s+/g, ' ')).text.trim();

/** The text of a node line by line, as its line breaks part it, blank lines left out. */
export const linesText = (node: RootContent | Root): string[] =>
	rawText(node)
		.split('\n')
		.map((line) => normaliseLine(line.replace(/\s+/g, ' ')).text.trim())
		.filter((line) => line !== '');
