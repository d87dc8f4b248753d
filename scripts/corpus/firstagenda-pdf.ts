import type { Browser } from 'playwright-core';

/** The fields of FirstAgenda's Publication API meeting that its PDF export prints. */
export interface Api {
	Udvalg: { Navn: string };
	Moede: { Dato: string; Sted: string | null; Moededeltagere: { Name: string; ParticipationCancelled?: boolean; Absent?: boolean }[] };
	Dagsordenpunkter: { Number: string; Caption: string; SagsNummer: string; Felter: { Html: string | null }[]; Bilag: { Navn: string }[] }[];
}

const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A FirstAgenda PDF export's pages as HTML, from a Publication API meeting, and its running header. */
export function firstAgendaPage(api: Api): { html: string; header: string } {
	const [date, time] = api.Moede.Dato.split('T') as [string, string];
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const written = `${day}. ${months[month - 1]} ${year}`;
	const committee = api.Udvalg.Navn.replace(/\s+\d{4}-\d{4}$/, '');
	const present = api.Moede.Moededeltagere.filter((p) => !p.ParticipationCancelled && !p.Absent).map((p) => p.Name);
	const absent = api.Moede.Moededeltagere.filter((p) => p.ParticipationCancelled || p.Absent).map((p) => p.Name);
	const items = api.Dagsordenpunkter.map(
		(item) => `<section class="item"><h2>Punkt ${item.Number}: ${escape(item.Caption)}</h2><p class="case">${escape(item.SagsNummer)}</p>
${item.Felter.map((field) => field.Html ?? '').join('\n')}
${item.Bilag.length > 0 ? `<h3>Bilag</h3><ul>${item.Bilag.map((b) => `<li>${escape(b.Navn)}</li>`).join('')}</ul>` : ''}</section>`,
	);
	const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 22pt; margin: 0 0 4pt; } .committee { font-size: 16pt; margin: 0 0 24pt; }
table.facts td { padding: 2pt 12pt 2pt 0; vertical-align: top; } table.facts td:first-child { font-weight: bold; white-space: nowrap; }
.toc { page-break-after: always; } .toc div { display: flex; } .toc span:first-child { flex: 1; } .toc span:last-child { padding-left: 24pt; }
.item { page-break-before: always; } h2 { font-size: 14pt; width: 75%; } h3, h4 { font-size: 11pt; } .case { margin-top: -6pt; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2pt 4pt; }
</style></head><body>
<h1>Referat</h1><p class="committee">${escape(committee)}</p>
<table class="facts"><tr><td>Mødedato</td><td>${written}</td></tr><tr><td>Mødetidspunkt</td><td>${time.slice(0, 5)}</td></tr>
<tr><td>Mødested</td><td>${escape(api.Moede.Sted ?? '')}</td></tr><tr><td>Deltagere</td><td>${present.map(escape).join(', ')}</td></tr>
${absent.length > 0 ? `<tr><td>Afbud</td><td>${absent.map(escape).join(', ')}</td></tr>` : ''}</table>
<div class="toc"><h3>Indholdsfortegnelse</h3>${api.Dagsordenpunkter.map((item, index) => `<div><span>Punkt ${item.Number}: ${escape(item.Caption)}</span><span>${index + 2}</span></div>`).join('')}</div>
${items.join('\n')}</body></html>`;
	return { html, header: `Referat · ${escape(committee)} · ${written}` };
}

/**
 * Prints a FirstAgenda-style PDF export in Chromium: the page from `firstAgendaPage`, A4, with the
 * running header and a "Side N af M" footer on every page. For the PDF reader's fixtures and its
 * benchmark; the content is the API meeting's own.
 */
export async function printFirstAgendaPdf(browser: Browser, apis: readonly Api[]): Promise<Uint8Array> {
	const pages = apis.map(firstAgendaPage);
	const tab = await browser.newPage();
	try {
		await tab.setContent(pages.map((page) => page.html).join('\n'));
		return await tab.pdf({
			format: 'A4',
			margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' },
			displayHeaderFooter: true,
			headerTemplate: `<div style="font-size:8pt; width:100%; margin:0 20mm; font-family:Arial">${pages[0]!.header}</div>`,
			footerTemplate: '<div style="font-size:8pt; width:100%; margin:0 20mm; text-align:right; font-family:Arial">Side <span class="pageNumber"></span> af <span class="totalPages"></span></div>',
		});
	} finally {
		await tab.close();
	}
}
