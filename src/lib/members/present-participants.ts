import { personName } from './person-name.ts';

/**
 * A lone first name ("Tilde", as an absence list writes it) as the one full name among a
 * meeting's `names` it can be ("Tilde Ølholm"); any other name as it is. Built once per meeting.
 */
export function firstNameResolver(names: readonly string[]): (name: string) => string {
	const byFirst = new Map<string, Set<string>>();
	for (const name of names) {
		if (!name.includes(' ')) continue;
		const first = name.split(' ')[0]!.toLocaleLowerCase('da');
		byFirst.set(first, (byFirst.get(first) ?? new Set()).add(name));
	}
	return (name) => {
		const full = name.includes(' ') ? undefined : byFirst.get(name.toLocaleLowerCase('da'));
		return full?.size === 1 ? [...full][0]! : name;
	};
}

/**
 * The participants who were there: a meeting's list of members less those its absence list names,
 * in full or by a first name only one participant has ("Afbud: Tilde," beside "Tilde Ølholm"), so
 * that nobody is shown both as present and as absent.
 */
export function presentParticipants(participants: readonly string[], absent: readonly string[]): string[] {
	const resolve = firstNameResolver(participants.map((line) => personName(line).name));
	const away = new Set(absent.map((line) => resolve(personName(line).name).toLocaleLowerCase('da')));
	return participants.filter((line) => !away.has(personName(line).name.toLocaleLowerCase('da')));
}
