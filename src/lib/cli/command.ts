import { parseArgs } from 'node:util';
import type { Io } from './io.ts';

/** One option of a command, as its help shows it. */
export interface OptionSpec {
	type: 'string' | 'boolean';
	short?: string;
	/** The value's name in the help, e.g. `MAPPE`; string options only. */
	value?: string;
	description: string;
	/** The value when the option is left out; shown in the help either way. */
	default?: string | boolean;
	/** The only values a string option takes. */
	choices?: readonly string[];
	/** What is wrong with a string option's value, in the words the user reads, or undefined. */
	check?: (value: string) => string | undefined;
}

export interface CommandSpec<Options extends Record<string, OptionSpec>> {
	/** How a user runs it, e.g. `npm run ingest --`; messages start with it. */
	name: string;
	/** What the command does, one or two sentences. */
	summary: string;
	/** The positional arguments, when the command takes any. */
	positionals?: { name: string; description: string; min?: number; max?: number };
	options: Options;
	/** Whole command lines, as a user would type them. */
	examples: readonly string[];
}

type ValueOf<Spec extends OptionSpec> = Spec['type'] extends 'boolean' ? boolean : Spec extends { default: string } ? string : string | undefined;
export type Values<Options extends Record<string, OptionSpec>> = { -readonly [Key in keyof Options]: ValueOf<Options[Key]> };

export type Parsed<Options extends Record<string, OptionSpec>> =
	| { run: true; values: Values<Options>; positionals: string[] }
	| { run: false; code: 0 | 2 };

const help: OptionSpec = { type: 'boolean', short: 'h', description: 'vis denne hjælp', default: false };

function optionLabel(name: string, spec: OptionSpec): string {
	return `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VÆRDI'}` : ''}`;
}

function defaultLabel(spec: OptionSpec): string {
	if (spec.type === 'boolean') return spec.default ? 'til' : 'fra';
	return spec.default === undefined ? 'ingen' : String(spec.default);
}

/** Wraps text at `width` characters a line, every line after the first indented by `indent` spaces. */
function wrap(text: string, width: number, indent: number): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	lines.push(line);
	return lines.join(`\n${' '.repeat(indent)}`);
}

/** Help lines stay readable in an 80-column terminal and in a CI log. */
const columns = 100;

/** The text `--help` prints: usage, every option with its default, and examples. */
export function helpText<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>): string {
	const options = Object.entries({ ...spec.options, help });
	const rows: [string, string][] = options.map(([name, option]) => [
		optionLabel(name, option),
		// A no-break space keeps "[standard: …]" on one line when the text wraps; it is a space again below.
		`${option.description}${option.choices ? ` (en af: ${option.choices.join(', ')})` : ''}${name === 'help' ? '' : ` [standard:\u00a0${defaultLabel(option)}]`}`,
	]);
	if (spec.positionals) rows.unshift([spec.positionals.name, spec.positionals.description]);
	const width = Math.max(...rows.map(([label]) => label.length)) + 2;
	const positional = spec.positionals ? ` ${spec.positionals.min ? spec.positionals.name : `[${spec.positionals.name}]`}` : '';
	return [
		`Brug: ${spec.name}${positional} [tilvalg]`,
		'',
		wrap(spec.summary, columns, 0),
		'',
		...rows.map(([label, text]) => `  ${label.padEnd(width)}${wrap(text, columns - width - 2, width + 2).replaceAll('\u00a0', ' ')}`),
		'',
		'Eksempler:',
		...spec.examples.map((example) => `  ${example}`),
	].join('\n');
}

/** What is wrong with a command line, or undefined; checked on parseArgs' tokens, so that no message is Node's. */
function problemWith(spec: CommandSpec<Record<string, OptionSpec>>, argv: readonly string[]): string | undefined {
	const config = Object.fromEntries(Object.entries({ ...spec.options, help }).map(([name, option]) => [name, { type: option.type, ...(option.short ? { short: option.short } : {}) }]));
	const { tokens, values, positionals } = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: false, tokens: true });
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		const option = spec.options[token.name] ?? (token.name === 'help' ? help : undefined);
		if (!option) return `ukendt tilvalg ${token.rawName}`;
		if (option.type === 'string' && token.value === undefined) return `${token.rawName} mangler en værdi (${option.value ?? 'VÆRDI'})`;
		if (option.type === 'boolean' && token.inlineValue) return `${token.rawName} tager ingen værdi`;
	}
	for (const [name, option] of Object.entries(spec.options)) {
		const value = values[name];
		if (typeof value !== 'string') continue;
		if (option.choices && !option.choices.includes(value)) return `--${name} ${value}: vælg en af ${option.choices.join(', ')}`;
		const wrong = option.check?.(value);
		if (wrong) return `--${name} ${value}: ${wrong}`;
	}
	const { min = 0, max = spec.positionals ? Infinity : 0 } = spec.positionals ?? {};
	if (positionals.length < min) return `mangler ${spec.positionals!.name}`;
	if (positionals.length > max) return max === 0 ? `tager ingen argumenter, men fik "${positionals[0]}"` : `for mange argumenter: "${positionals.slice(max).join(' ')}"`;
	return undefined;
}

/**
 * Reads a command line against its spec. `--help` prints the help (exit 0); an unknown option, a
 * missing or bad value or a wrong number of arguments prints one line naming it and how to get help
 * (exit 2). Otherwise the values, with defaults filled in, and the positional arguments.
 */
export function parseCommand<Options extends Record<string, OptionSpec>>(spec: CommandSpec<Options>, argv: readonly string[], io: Pick<Io, 'out' | 'err'>): Parsed<Options> {
	const problem = problemWith(spec, argv);
	if (argv.includes('--help') || argv.includes('-h')) {
		io.out(helpText(spec));
		return { run: false, code: 0 };
	}
	if (problem) {
		io.err(`${spec.name.replace(/ --$/, '')}: ${problem}; se ${spec.name} --help`);
		return { run: false, code: 2 };
	}
	const config = Object.fromEntries(
		Object.entries(spec.options).map(([name, option]) => [name, { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.default === undefined ? {} : { default: option.default }) }]),
	);
	const { values, positionals } = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
	for (const [name, option] of Object.entries(spec.options)) if (option.type === 'boolean') values[name] ??= false;
	return { run: true, values: values as Values<Options>, positionals };
}

/** A positive whole number, for `check`. */
export const positiveInteger = (value: string): string | undefined => (/^[1-9]\d*$/.test(value) ? undefined : 'skriv et helt tal over 0');

/**
 * A problem with what the user gave a command (a file, a folder) that they can fix: the command
 * prints its message as one line and exits 1, with no stack trace. Anything else is a bug.
 */
export class CommandError extends Error {
	override name = 'CommandError';
}
