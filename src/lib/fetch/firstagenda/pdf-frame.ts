import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/**
 * The address in `iframe#pdfframe` of the portal's document page (`/Vis/Pdf/bilag/{id}`): a
 * pre-signed storage URL, valid for minutes, with its entities decoded. Undefined when the page has
 * no such frame.
 */
export function pdfFrameSource(html: string): string | undefined {
	const tree = unified().use(rehypeParse).parse(html) as Root;
	const stack: (Root | RootContent)[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (node.type === 'element' && node.tagName === 'iframe' && node.properties.id === 'pdfframe') {
			const src = (node as Element).properties.src;
			return typeof src === 'string' && src.trim() !== '' ? src.trim() : undefined;
		}
		if ('children' in node) stack.push(...node.children);
	}
	return undefined;
}
