import { describe, expect, test } from 'vitest';
import { helpText, parseCommand, positiveInteger, type CommandSpec, type OptionSpec } from '../../src/lib/cli/command.ts';

const spec = {
	name: 'npm run demo --',
	summary: 'Gør noget.',
	positionals: { name: 'FILER...', description: 'filerne', max: 2 },
	options: {
		out: { type: 'string', value: 'MAPPE', description: 'hvorhen', default: 'ud' },
		level: { type: 'string', value: 'NIVEAU', description: 'hvor meget', choices: ['lav', 'høj'] },
		count: { type: 'string', value: 'ANTAL', description: 'hvor mange', check: positiveInteger },
		quiet: { type: 'boolean', short: 'q', description: 'stille' },
	},
	examples: ['npm run demo -- a.txt'],
} as const satisfies CommandSpec<Record<string, OptionSpec>>;

function parse(...argv: string[]) {
	const lines: string[] = [];
	const parsed = parseCommand(spec, argv, { out: (line) => lines.push(`out: ${line}`), err: (line) => lines.push(`err: ${line}`) });
	return { parsed, lines };
}

describe('parseCommand', () => {
	test('fills in defaults and reads values and positionals', () => {
		expect(parse('a.txt', '--level', 'høj', '-q').parsed).toEqual({ run: true, values: { out: 'ud', level: 'høj', quiet: true }, positionals: ['a.txt'] });
		expect(parse('--out=x', '--count', '3').parsed).toEqual({ run: true, values: { out: 'x', count: '3', quiet: false }, positionals: [] });
	});

	test.each([
		[['--levle', 'høj'], 'ukendt tilvalg --levle'],
		[['-x'], 'ukendt tilvalg -x'],
		[['--level'], '--level mangler en værdi (NIVEAU)'],
		[['--level', 'mellem'], '--level mellem: vælg en af lav, høj'],
		[['--count', '0'], '--count 0: skriv et helt tal over 0'],
		[['--quiet=ja'], '--quiet tager ingen værdi'],
		[['a', 'b', 'c'], 'for mange argumenter: "c"'],
	])('refuses %j in one line, exit 2', (argv, problem) => {
		const { parsed, lines } = parse(...argv);
		expect(parsed).toEqual({ run: false, code: 2 });
		expect(lines).toEqual([`err: npm run demo: ${problem}; se npm run demo -- --help`]);
	});

	test('--help wins over anything else on the line, exit 0', () => {
		const { parsed, lines } = parse('--bogus', '--help');
		expect(parsed).toEqual({ run: false, code: 0 });
		expect(lines).toEqual([`out: ${helpText(spec)}`]);
	});
});

describe('helpText', () => {
	test('shows usage, arguments, every option with its default or choices, and examples', () => {
		expect(helpText(spec)).toBe(`Brug: npm run demo -- [FILER...] [tilvalg]

Gør noget.

  FILER...        filerne
  --out MAPPE     hvorhen [standard: ud]
  --level NIVEAU  hvor meget (en af: lav, høj) [standard: ingen]
  --count ANTAL   hvor mange [standard: ingen]
  -q, --quiet     stille [standard: fra]
  -h, --help      vis denne hjælp

Eksempler:
  npm run demo -- a.txt`);
	});
});
