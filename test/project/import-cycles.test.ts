import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

/**
 * No module imports itself through others (type imports included): a cycle ties modules together
 * so that neither can be read, tested or moved alone.
 */

const src = resolve(import.meta.dirname, '../../src');
const importFrom = /^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

async function graph(): Promise<Map<string, string[]>> {
	const files = (await readdir(src, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
	const edges = new Map<string, string[]>();
	for (const file of files) {
		const text = await readFile(file, 'utf8');
		const code = file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
		edges.set(relative(src, file), [...code.matchAll(importFrom)].map((match) => relative(src, resolve(dirname(file), match[1]!))).filter((target) => /\.(ts|astro)$/.test(target)));
	}
	return edges;
}

/** The strongly connected components of more than one module, or of one that imports itself (Tarjan). */
function cycles(edges: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (node: string) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const target of edges.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node)!, low.get(target)!));
			} else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop()!;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
		}
	};
	for (const node of edges.keys()) if (!index.has(node)) visit(node);
	return found;
}

test('src has no import cycles', async () => {
	expect(cycles(await graph())).toEqual([]);
});

test('an ingest stage imports only from itself, earlier stages and the shared helpers', async () => {
	const stageOf = (path: string) => /^lib\/ingest\/(\d)-/.exec(path)?.[1];
	const later = [...(await graph())].flatMap(([file, targets]) => {
		const stage = stageOf(file);
		return stage ? targets.filter((target) => (stageOf(target) ?? '0') > stage).map((target) => `${file} → ${target}`) : [];
	});
	expect(later).toEqual([]);
});
