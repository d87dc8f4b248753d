import { personName } from './person-name.ts';

/**
 * The participants who were there: a meeting's list of members less those its absence list names,
 * in full or by a first name only one participant has ("Afbud: Tilde," beside "Tilde Ølholm"), so
 * that nobody is shown both as present and as absent.
 */
export function presentParticipants(participants: readonly string[], absent: readonly string[]): string[] {
	const away = new Set(absent.map((line) => personName(line).name.toLocaleLowerCase('da')));
	const firstNames = new Map<string, number>();
	for (const line of participants) {
		const first = personName(line).name.toLocaleLowerCase('da').split(' ')[0]!;
		firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
	}
	return participants.filter((line) => {
		const name = personName(line).name.toLocaleLowerCase('da');
		const first = name.split(' ')[0]!;
		return !away.has(name) && !(away.has(first) && firstNames.get(first) === 1);
	});
}
