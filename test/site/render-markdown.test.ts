import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdownFile } from '../../src/lib/content/render-markdown.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const repo = await tempRepo();
afterAll(() => repo.remove());

async function render(body: string) {
	await repo.write({ 'item.md': `---\ntitle: x\n---\n\n${body}` });
	return renderMarkdownFile(`${repo.root}/item.md`);
}

describe('renderMarkdownFile', () => {
	it('gives section headings ids, a labelled permalink kept out of search, and a table of contents', async () => {
		const { html, headings } = await render('## Økonomi\n\nTekst.\n\n### Økonomi\n\nMere.\n');
		expect(html).toContain('<h2 id="økonomi">Økonomi<a class="anchor" href="#økonomi" aria-label="Link til afsnittet Økonomi" data-pagefind-ignore="">#</a></h2>');
		expect(headings).toEqual([
			{ depth: 2, slug: 'økonomi', text: 'Økonomi' },
			{ depth: 3, slug: 'økonomi-1', text: 'Økonomi' },
		]);
	});

	it('leaves out a caption with nothing under it before the next of its level, and a last one', async () => {
		const { html, headings } = await render('## Fremstilling\n\n## Sagsprocedure\n\nByrådet.\n\n## Resume\n\n### Baggrund\n\nTekst.\n\n## Bilag\n');
		expect(headings.map((heading) => heading.text)).toEqual(['Sagsprocedure', 'Resume', 'Baggrund']);
		expect(html).not.toMatch(/Fremstilling|Bilag/);
	});

	it('leaves out the sections a page shows elsewhere, up to the next heading of their level, and names them', async () => {
		await repo.write({ 'item.md': '---\ntitle: x\n---\n\n## Vedtagelse i Erhvervsudvalget den 15-09-2021\n\nGodkendt.\n\n### Bemærkning\n\nX.\n\n## Resume\n\nTekst.\n' });
		const { html, headings, omitted } = await renderMarkdownFile(`${repo.root}/item.md`, { omitSection: (heading) => heading.startsWith('Vedtagelse') });
		expect(omitted).toEqual(['Vedtagelse i Erhvervsudvalget den 15-09-2021']);
		expect(headings.map((heading) => heading.text)).toEqual(['Resume']);
		expect(html).not.toMatch(/Godkendt|Bemærkning/);
	});

	it('puts tables in a focusable, labelled scroll region', async () => {
		const { html } = await render('| År | Beløb |\n| --- | --- |\n| 2021 | 10 |\n');
		expect(html).toMatch(/^<div class="table" tabindex="0" role="region" aria-label="Tabel"><table>/);
	});

	it('drops raw HTML from a hand edit instead of publishing it', async () => {
		const { html } = await render('Før\n\n<script>alert(1)</script>\n\nEfter <b onclick="x()">fed</b>\n');
		expect(html).not.toMatch(/<script|<b|onclick/);
		expect(html).toContain('<p>Før</p>');
		expect(html).toContain('Efter fed');
	});

	it('drops raw HTML in a table cell too', async () => {
		const { html } = await render('| Sag | Beslutning |\n| --- | --- |\n| 21-1 | <b onclick="x()">Godkendt</b> |\n');
		expect(html).not.toMatch(/<b|onclick/);
		expect(html).toContain('<td>Godkendt</td>');
	});

	it('keeps the quotes and dashes the minutes printed', async () => {
		const { html } = await render('"Klintebussen" -- 1.-3. juni...\n');
		expect(html).toBe('<p>"Klintebussen" -- 1.-3. juni...</p>');
	});
});
