import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';

/** The parts of a V8 CPU profile (`node --cpu-prof`) a flame graph needs. */
interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

interface Frame {
	name: string;
	self: number;
	total: number;
	children: Map<string, Frame>;
}

export interface ProfileSummary {
	/** Sampled time in seconds, idle included. */
	seconds: number;
	/** Time the thread waited with nothing to run (for the file system, a worker, a child process). */
	idle: number;
	/** The functions with the most time of their own, in seconds. */
	top: { name: string; seconds: number }[];
	/** Time by where the code comes from: a package, Node itself, the site's own modules. */
	byOrigin: { origin: string; seconds: number }[];
	/** The flame graph, as a standalone SVG. */
	svg: string;
}

/**
 * A frame's name: the function and where it is, with paths shortened to the package, or to the site
 * (`roots`: the repository, and the benchmark's copy of the site in its working directory).
 */
function frameName(frame: CpuProfile['nodes'][number]['callFrame'], roots: readonly string[]): string {
	let where = frame.url;
	// Worker threads' frames name their files by path, the main thread's by file URL.
	if (where.startsWith('file://') || where.startsWith('/')) {
		const path = where.startsWith('/') ? where : new URL(where).pathname;
		const root = roots.find((candidate) => path.startsWith(`${candidate}/`));
		where = path.includes('/node_modules/') ? path.replace(/^.*\/node_modules\//, '') : root ? relative(root, path) : path;
	}
	return `${frame.functionName || '(anonymous)'}${where ? ` ${where}:${frame.lineNumber + 1}` : ''}`;
}

function originOf(name: string): string {
	// V8's own entries: "(idle)", "(program)", "(garbage collector)", and regular expressions.
	if (/^\([^)]*\)$/.test(name)) return name;
	if (name.startsWith('RegExp: ')) return '(regular expressions)';
	const where = name.split(' ')[1] ?? '';
	if (!where) return '(native)';
	if (where.startsWith('node:')) return 'node';
	const match = where.match(/^(@[^/]+\/[^/]+|[^/.][^/]*)\//);
	return match?.[1] === 'src' || match?.[1] === 'scripts' || where.startsWith('.prerender') || where.includes('/.prerender/') ? 'the site (src/, scripts/, Astro\'s bundle of it)' : (match?.[1] ?? where);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Reads a CPU profile and draws its flame graph: each box a function, as wide as the time spent in
 * it and what it called, stacked on its caller. Frames narrower than 0.1% are left out of the
 * drawing (their time stays in their caller's width). Identical call paths are merged, as in
 * Brendan Gregg's flame graphs; the colours only tell origins apart.
 */
export async function flameGraph(path: string, roots: readonly string[], title: string): Promise<ProfileSummary> {
	const profile = JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	const rootFrame: Frame = { name: 'all', self: 0, total: 0, children: new Map() };
	const ownTime = new Map<string, number>();
	const build = (id: number, parent: Frame) => {
		const node = byId.get(id)!;
		const name = frameName(node.callFrame, roots);
		let frame = parent.children.get(name);
		if (!frame) parent.children.set(name, (frame = { name, self: 0, total: 0, children: new Map() }));
		const time = (self.get(id) ?? 0) / 1e6;
		frame.self += time;
		ownTime.set(name, (ownTime.get(name) ?? 0) + time);
		for (const child of node.children ?? []) build(child, frame);
	};
	const top = profile.nodes[0]!;
	for (const child of top.children ?? []) build(child, rootFrame);
	const total = (frame: Frame): number => (frame.total = frame.self + [...frame.children.values()].reduce((sum, child) => sum + total(child), 0));
	const seconds = total(rootFrame);
	const idle = ownTime.get('(idle)') ?? 0;
	const origins = new Map<string, number>();
	for (const [name, time] of ownTime) {
		const origin = originOf(name);
		origins.set(origin, (origins.get(origin) ?? 0) + time);
	}

	const width = 1200;
	const row = 16;
	const boxes: string[] = [];
	let depth = 0;
	const draw = (frame: Frame, x: number, level: number) => {
		const w = (frame.total / seconds) * width;
		if (w < width / 1000) return;
		depth = Math.max(depth, level);
		const hue = (Math.abs([...originOf(frame.name)].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7)) % 60) + 10;
		const label = w > 40 ? `<text x="${(x + 3).toFixed(1)}" y="${level * row + 12}">${escape(frame.name.slice(0, Math.floor(w / 6.5)))}</text>` : '';
		boxes.push(`<g><title>${escape(frame.name)}: ${frame.total.toFixed(2)} s (${((100 * frame.total) / seconds).toFixed(1)}%), own ${frame.self.toFixed(2)} s</title><rect x="${x.toFixed(1)}" y="${level * row}" width="${w.toFixed(1)}" height="${row - 1}" fill="hsl(${hue},85%,62%)"/>${label}</g>`);
		let offset = x;
		for (const child of [...frame.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
			draw(child, offset, level + 1);
			offset += (child.total / seconds) * width;
		}
	};
	draw(rootFrame, 0, 1);
	const height = (depth + 2) * row;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="monospace" font-size="11" role="img" aria-label="${escape(title)}">
<title>${escape(title)}</title>
<text x="3" y="12">${escape(`${title}: ${seconds.toFixed(1)} s sampled, ${idle.toFixed(1)} s idle`)}</text>
${boxes.join('\n')}
</svg>
`;
	return {
		seconds,
		idle,
		top: [...ownTime].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, time]) => ({ name, seconds: time })),
		byOrigin: [...origins].sort((a, b) => b[1] - a[1]).map(([origin, time]) => ({ origin, seconds: time })),
		svg,
	};
}
