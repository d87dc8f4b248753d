import { parse } from 'yaml';
import { defaultLimits, limitSpecs, limitsSchema, type LimitName, type Limits } from '../../schemas/limits.ts';
import type { Location } from './2-read/document/source-document.ts';
import { IngestError } from './ingest-error.ts';

/** The limits one raw file is read within, and the moment its time runs out. */
export interface Budget {
	limits: Limits;
	/** `Date.now()` after which reading stops. */
	deadline: number;
	/** The text read so far, in bytes, against `limits.textMegabytes`. */
	textBytes: number;
	/** The scanned pages recognised (or read from the OCR cache) so far, against `limits.ocrPages`. */
	ocrPages: number;
}

export const budgetFor = (limits: Limits = defaultLimits, now = Date.now()): Budget => ({ limits, deadline: now + limits.seconds * 1000, textBytes: 0, ocrPages: 0 });

/** Danish digits: "3.000", "0,0041", "1,5". */
const number = (value: number) => value.toLocaleString('da-DK', value < 10 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 });

/** A file refused for what it would cost: always the whole file, never one part of it. */
export class OverLimit extends IngestError {
	override name = 'OverLimit';
}

/**
 * The refusal of a file over a limit: which limit, what the file has, and the two ways to raise
 * it, so that an editor with a real file of that size is never stuck.
 */
export function overLimit(path: string, at: Location | undefined, name: LimitName, limits: Limits, found?: number): OverLimit {
	const spec = limitSpecs[name];
	const limit = limits[name];
	const suggested = Math.ceil((found ?? limit * 2) * 1.1);
	const raised = suggested > limit ? suggested : Math.ceil(limit) + 1;
	const measured = found === undefined ? 'over' : `${number(found)} ${spec.unit}, over`;
	return new OverLimit(
		path,
		at,
		`${spec.what} er ${measured} grænsen på ${number(limit)} ${spec.unit} (${name}); intet er skrevet for filen. Er den ægte og skal med, så hæv grænsen for den i dens sidecar-fil ("limits: { ${name}: ${raised} }") eller for én kørsel med --${spec.option} ${raised}; ellers slet den`,
	);
}

/** Stops a reader whose file has used up its time; readers call it between pages, entries and items. */
export function checkTime(budget: Budget, path: string, at?: Location): void {
	if (Date.now() > budget.deadline) throw overLimit(path, at, 'seconds', budget.limits);
}

/**
 * The limits a file is read within: `limits` with those its sidecar raises. Read before the file
 * is, for its size and its thread's time; a sidecar that does not parse is ingest's to report, and
 * raises nothing.
 */
export function raisedLimits(sidecar: string | undefined, limits: Limits): Limits {
	if (sidecar === undefined) return limits;
	try {
		const raised = limitsSchema.safeParse((parse(sidecar) as { limits?: unknown } | null)?.limits ?? {});
		return raised.success ? raise(limits, raised.data) : limits;
	} catch {
		return limits;
	}
}

/** `limits` with the ones `raised` sets. */
export const raise = (limits: Limits, raised: Partial<Record<LimitName, number | undefined>> | undefined): Limits =>
	Object.fromEntries(Object.entries(limits).map(([name, value]) => [name, raised?.[name as LimitName] ?? value])) as Limits;
