import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.wasm': 'application/wasm',
};

/** Text a static host or CDN compresses on the way; Pagefind's own files are compressed already. */
const compressible = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt']);

/**
 * Serves a built site on 127.0.0.1 the way a static host does: its 404 page for misses, the
 * headers its `_headers` file sets (the Content-Security-Policy among them), and text gzipped for
 * browsers that accept it, so that the benchmark's byte counts are what a visitor downloads.
 */
export async function serveStatic(root: string, base = '/'): Promise<{ url: string; close(): Promise<void> }> {
	const rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
	const server: Server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		for (const [name, value] of Object.entries(headersFor(rules, pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname))) response.setHeader(name, value);
		let path = join(root, normalize(pathname.startsWith(base) ? pathname.slice(base.length - 1) : '/__missing__'));
		try {
			if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
			const body = await readFile(path);
			const gzip = compressible.has(extname(path)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
			response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', vary: 'Accept-Encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
			response.end(gzip ? gzipSync(body) : body);
		} catch {
			response.writeHead(404, { 'content-type': types['.html'] });
			response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
