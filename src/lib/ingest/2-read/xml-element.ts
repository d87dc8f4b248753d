import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * An element of an XML export, with its XPath-like path (`/Publication/Agendas/Agenda/Items/Item[3]`)
 * so that every message can point into the file. Namespace prefixes are dropped (eDoc's `edoc:`).
 */
export interface XmlElement {
	name: string;
	path: string;
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text, CDATA included, with entities decoded. */
	text: string;
}

/** The first child element named `name`, if any. */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => element?.children.find((c) => c.name === name);
/** Every child element named `name`. */
export const children = (element: XmlElement | undefined, name: string): XmlElement[] => element?.children.filter((c) => c.name === name) ?? [];
/** The trimmed text of the child element named `name` ("" when missing). */
export const textOf = (element: XmlElement | undefined, name: string): string => child(element, name)?.text.trim() ?? '';
/** The first element at any depth named `name`. */
export function find(element: XmlElement | undefined, name: string): XmlElement | undefined {
	if (!element) return undefined;
	for (const c of element.children) {
		if (c.name === name) return c;
		const found = find(c, name);
		if (found) return found;
	}
	return undefined;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	removeNSPrefix: true,
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: true,
	htmlEntities: true,
	cdataPropName: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
});

function build(node: Ordered, name: string, path: string): XmlElement {
	const element: XmlElement = { name, path, attributes: {}, children: [], text: '' };
	const attributes = node[':@'] as Record<string, string> | undefined;
	if (attributes) element.attributes = Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, String(value)]));
	const entries = ((node[name] as Ordered[]) ?? []).map((entry) => [Object.keys(entry).find((k) => k !== ':@')!, entry] as const);
	const totals = new Map<string, number>();
	for (const [key] of entries) totals.set(key, (totals.get(key) ?? 0) + 1);
	const seen = new Map<string, number>();
	for (const [key, entry] of entries) {
		if (key === '#text') {
			element.text += String(entry['#text']);
			continue;
		}
		const index = (seen.get(key) ?? 0) + 1;
		seen.set(key, index);
		// An XPath names the position only where an element has siblings of its name.
		element.children.push(build(entry, key, `${path}/${key}${totals.get(key)! > 1 ? `[${index}]` : ''}`));
	}
	return element;
}

/** Parses XML (a BOM and namespaces allowed) into elements with paths; throws, with the line, on XML that is not well-formed. */
export function parseXml(text: string): XmlElement {
	const valid = XMLValidator.validate(text.replace(/^\uFEFF/, ''));
	if (valid !== true) throw Object.assign(new Error(valid.err.msg), { line: valid.err.line });
	const nodes = parser.parse(text.replace(/^\uFEFF/, '')) as Ordered[];
	const rootNode = nodes.find((node) => !Object.keys(node).every((key) => key === ':@' || key === '#text' || key.startsWith('?')));
	if (!rootNode) throw new Error('ingen rodelement');
	const name = Object.keys(rootNode).find((key) => key !== ':@')!;
	return build(rootNode, name, `/${name}`);
}
