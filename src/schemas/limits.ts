import { z } from 'astro/zod';

/**
 * What one raw file may cost ingest. Anyone can open a pull request with raw files, and CI ingests
 * them, so a file is refused before it can exhaust the machine: a zip bomb, a PDF of a million
 * pages, a reader that never ends. The defaults are far above any real publication (the largest
 * original here is a 111-page PDF; an SBSYS package is a few MB). A real file over a limit has it
 * raised in its sidecar (`limits:`), where a reviewer sees it, or for one run by the option.
 */
export const limitSpecs = {
	fileMegabytes: { default: 200, option: 'max-file-mb', unit: 'MB', what: 'filens størrelse' },
	zipMegabytes: { default: 200, option: 'max-zip-mb', unit: 'MB', what: 'zip- eller Word-filens udpakkede størrelse i alt' },
	entryMegabytes: { default: 100, option: 'max-entry-mb', unit: 'MB', what: 'en enkelt fil i zip- eller Word-filen, udpakket' },
	zipEntries: { default: 10_000, option: 'max-entries', unit: 'filer', what: 'antallet af filer i zip- eller Word-filen' },
	// Text is read into lines, blocks and Markdown at some 25 times its size: 60 MB took 1.5 GB.
	textMegabytes: { default: 20, option: 'max-text-mb', unit: 'MB', what: 'tekstens størrelse i alt (tekst, HTML, JSON, XML og Word-filers tekst)' },
	pdfPages: { default: 2_000, option: 'max-pdf-pages', unit: 'sider', what: 'PDF-filens sidetal' },
	// pdf.js inflates each stream whole, at some 2.2 times its size in memory (200 MB took 605 MB).
	pdfMegabytes: { default: 500, option: 'max-pdf-mb', unit: 'MB', what: 'PDF-filens udpakkede datastrømme i alt (tekst, skrifttyper; ikke billeder)' },
	// Recognition takes some 2–3 s a page on one core, and a page image at 300 dpi 35 MB while it is
	// read: a scanned protocol of a few hundred pages is real, a PDF of thousands of blank scans is not.
	ocrPages: { default: 200, option: 'max-ocr-pages', unit: 'sider', what: 'antallet af scannede sider, der skal tekstgenkendes (OCR), i filen i alt' },
	seconds: { default: 120, option: 'max-seconds', unit: 's', what: 'tiden, det tager at læse filen' },
} as const;

export type LimitName = keyof typeof limitSpecs;
export type Limits = Record<LimitName, number>;

export const limitNames = Object.keys(limitSpecs) as LimitName[];

export const defaultLimits: Limits = Object.fromEntries(limitNames.map((name) => [name, limitSpecs[name].default])) as Limits;

const positive = z.number({ error: 'skriv et tal' }).positive('skal være større end 0');

/** `limits:` in a sidecar: the limits raised for that one file. */
export const limitsSchema = z.strictObject(Object.fromEntries(limitNames.map((name) => [name, positive.optional()])) as Record<LimitName, z.ZodOptional<typeof positive>>);
