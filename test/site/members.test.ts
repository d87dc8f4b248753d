import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sides } from '../../src/lib/decisions/ballots-of.ts';
import { personName } from '../../src/lib/members/person-name.ts';
import { readContent } from '../../src/lib/open-data/read-content.ts';
import { officialsAmong } from '../../src/lib/members/officials.ts';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { buildMembers } from '../../src/lib/site/members.ts';
import { presentParticipants } from '../../src/lib/members/present-participants.ts';
import type { AgendaItem, Ballot, Meeting } from '../../src/schemas/index.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (id: string, date: string, data: Partial<Meeting>) => meetingEntry(id, { committee: 'Byråd', date, ...data });
const item = (meetingId: string, number: string, data: Partial<AgendaItem> = {}) => itemEntry(meetingId, number, { decision: 'Godkendt.', ...data });

describe('buildMembers', () => {
	test('one person is one member across meetings, whatever the titles, spacing and party suffix', () => {
		const meetings = [
			meeting('roedovre/2024-10-08-byraad', '2024-10-08', { participants: ['Formand Kim Drejer Nielsen (C)', 'Peter Mikkelsen (Ø)'] }),
			meeting('roedovre/2024-09-10-byraad', '2024-09-10', { participants: ['Kim  Drejer Nielsen', 'Peter Mikkelsen'], absent: ['Birgitte Glifberg (A)'] }),
		];
		const { membersOf, member } = buildMembers(meetings, () => []);
		expect(membersOf('roedovre').map((entry) => [entry.name, entry.parties, entry.meetings.map((at) => at.presence)])).toEqual([
			['Birgitte Glifberg', ['A'], ['absent']],
			['Kim Drejer Nielsen', ['C'], ['present', 'present']],
			['Peter Mikkelsen', ['Ø'], ['present', 'present']],
		]);
		expect(member('roedovre', 'Kim Drejer Nielsen (C)')?.slug).toBe('kim-drejer-nielsen');
		expect(member('rudersdal', 'Kim Drejer Nielsen')).toBeUndefined();
	});

	test('an earlier committee\'s attendance quoted in an item is not this meeting\'s; its party is still the member\'s', () => {
		const id = 'hedensted/2021-11-29-udvalget-for-laering';
		const meetings = [meeting(id, '2021-11-29', { participants: ['Ole Vind', 'Gitte Andersen'] })];
		const quoted = {
			label: 'Beslutning fra Byrådet 2018-2021, 25. august 2021, pkt. 145',
			body: 'Byrådet 2018-2021',
			date: '2021-08-25',
			number: '145',
			text: 'Godkendt.\nFraværende: Henrik Alleslev (A), Gitte Andersen (V)\nOle Ødmann deltog som suppleant for Gitte Andersen (V)',
			decisionClass: 'approved' as const,
			votes: [],
			absent: ['Henrik Alleslev (A)', 'Gitte Andersen (V)'],
			substitutes: [{ name: 'Ole Ødmann', for: 'Gitte Andersen (V)' }],
		};
		const { membersOf } = buildMembers(meetings, () => [item(id, '100', { earlierTreatments: [quoted] })]);
		expect(membersOf('hedensted').map((entry) => [entry.name, entry.parties, entry.meetings.map((at) => at.presence)])).toEqual([
			['Gitte Andersen', ['V'], ['present']],
			['Ole Vind', [], ['present']],
		]);
	});

	test('officials get no page; substitutes and first names are the meeting\'s members', () => {
		const id = 'greve/2024-10-02-byraad';
		const meetings = [
			meeting(id, '2024-10-02', {
				participants: ['Tilde Ølholm', 'Malene Toscani', 'Kathrine Seier Skastrup (sekretær)'],
				absent: ['Tilde', 'Kenneth Jerkel'],
				officials: ['Malene Toscani', 'Kathrine Seier Skastrup (sekretær)'],
			}),
		];
		const items = [item(id, '9', { substitutes: [{ name: 'Jette Andersen', for: 'Kenneth Jerkel' }], absent: ['Tilde Ølholm', 'Peter Marker'] })];
		const { membersOf } = buildMembers([...meetings, meeting('greve/2024-09-04-byraad', '2024-09-04', { participants: ['Peter Marker'] })], (meetingId) => (meetingId === id ? items : []));
		expect(membersOf('greve').map((entry) => [entry.name, entry.meetings.map((at) => [at.presence, at.substituteFor, at.itemsMissed])])).toEqual([
			['Jette Andersen', [['substitute', 'Kenneth Jerkel', []]]],
			['Kenneth Jerkel', [['absent', undefined, []]]],
			// A participant the absence list names ("Tilde") was away from the meeting.
			['Peter Marker', [['absent', undefined, []], ['present', undefined, []]]],
			['Tilde Ølholm', [['absent', undefined, []]]],
		]);
	});

	test('a member\'s votes: by name, else by the party they sat for; none for an item they did not take part in', () => {
		const id = 'greve/2024-10-02-byraad';
		const meetings = [meeting(id, '2024-10-02', { participants: ['Liselott Blixt (UP)', 'Mehmet Zeki Dogru (Ø)', 'Per Lund Sørensen (V)'] })];
		const items = [
			item(id, '11', { votes: [{ for: [{ party: 'V' }, { name: 'Liselott Blixt', party: 'UP' }], against: [{ party: 'Ø' }], abstained: [], reserved: [] }] }),
			item(id, '14', { votes: [{ part: '2b', for: [], against: [{ party: 'Ø' }], abstained: [{ party: 'F' }], reserved: [] }], absent: ['Mehmet Zeki Dogru'] }),
		];
		const { membersOf } = buildMembers(meetings, () => items);
		expect(Object.fromEntries(membersOf('greve').map((entry) => [entry.name, entry.votes.map((vote) => [vote.item.data.number, vote.side, vote.by])]))).toEqual({
			'Liselott Blixt': [['11', 'for', 'name']],
			'Mehmet Zeki Dogru': [['11', 'against', 'party']],
			'Per Lund Sørensen': [['11', 'for', 'party']],
		});
	});
});

describe('parties', () => {
	test('sum every timeline\'s votes once per ballot and side, the quoted treatments\' included', () => {
		const id = 'stevns/2020-06-10-aet';
		const meetings = [meeting(id, '2020-06-10', { participants: ['Anna Hansen (O)'] })];
		const quoted = {
			label: 'Plan, Miljø og Teknik, 9. juni 2020, pkt. 311',
			body: 'Plan, Miljø og Teknik',
			date: '2020-06-09',
			number: '311',
			text: 'Anbefales af et flertal bestående af V+N+A+B. Liste O kan ikke godkende indstillingerne.',
			decisionClass: 'recommended' as const,
			votes: [{ majority: true as const, for: [{ party: 'V' }, { party: 'N' }, { party: 'A' }, { party: 'B' }], against: [{ party: 'O' }], abstained: [], reserved: [] }],
			absent: [],
			substitutes: [],
		};
		// Two items quote the same treatment: it counts once.
		const items = [item(id, '179', { caseNumber: '20/1', earlierTreatments: [quoted] }), item(id, '180', { caseNumber: '20/1', earlierTreatments: [quoted] })];
		const archive = buildArchive(meetings, items);
		const o = archive.party('stevns', 'O')!;
		expect(o.totals).toEqual({ for: 0, against: 1, abstained: 0, reserved: 0 });
		expect(o.members.map((member) => member.name)).toEqual(['Anna Hansen']);
		expect(archive.partiesOf('stevns').map((party) => party.letter)).toEqual(['A', 'B', 'N', 'O', 'V']);
	});
});

describe('officialsAmong', () => {
	test('a role on the line, or an official\'s title before the name in the text; nothing guessed from a bare name', () => {
		const participants = ['Randi Mondorf', 'Malene Toscani', 'Anja Sælsen', 'Kathrine Seier Skastrup (sekretær)'];
		expect(officialsAmong(participants, 'Områdechef Malene Toscani orienterede om:\n- Nye tilbud. Randi Mondorf spurgte til planen.')).toEqual(['Malene Toscani', 'Kathrine Seier Skastrup (sekretær)']);
	});
});

describe('presentParticipants', () => {
	test('nobody is both present and absent: Aarhus Mødesystemgruppen\'s "Afbud: Tilde" is the participant Tilde Ølholm', () => {
		expect(presentParticipants(['Tilde Ølholm', 'Jens Hansen', 'Anne Berg'], ['Tilde'])).toEqual(['Jens Hansen', 'Anne Berg']);
		expect(presentParticipants(['Kenneth Jerkel', 'Bjarke Abel'], ['Kenneth Jerkel'])).toEqual(['Bjarke Abel']);
		// Two participants called Anne: a bare "Anne" names neither for certain, and both stay.
		expect(presentParticipants(['Anne Berg', 'Anne Holm'], ['Anne'])).toEqual(['Anne Berg', 'Anne Holm']);
	});
});

describe('one reading of the votes, everywhere the same (issue 25)', () => {
	test('in the bundled minutes, each party\'s votes at a meeting its member attended are that member\'s votes by party, and the other way round', async () => {
		const root = fileURLToPath(new URL('../..', import.meta.url));
		const { meetings, items, attachments } = await readContent(root);
		const archive = buildArchive(meetings, items, attachments);
		let compared = 0;
		for (const party of archive.parties()) {
			for (const member of party.members) {
				if (member.parties[0] !== party.letter) continue;
				const attended = new Map(member.meetings.filter((entry) => entry.presence !== 'absent').map((entry) => [entry.meeting.id, entry]));
				const named = (ballot: Ballot) => sides.some((side) => ballot[side].some((voter) => voter.name !== undefined && personName(voter.name).name === member.name));
				const fromParty = party.votes
					.filter(({ step, ballot }) => step.treated && attended.has(step.treated.meeting.id) && !attended.get(step.treated.meeting.id)!.itemsMissed.includes(step.treated.item.data.number) && !named(ballot))
					.map(({ step, ballot, side }) => `${step.treated!.item.id} ${ballot.part ?? ''} ${side}`)
					.sort();
				const fromMember = member.votes.filter((vote) => vote.by === 'party').map((vote) => `${vote.item.id} ${vote.ballot.part ?? ''} ${vote.side}`).sort();
				expect(fromMember, `${member.name} (${party.letter})`).toEqual(fromParty);
				compared += fromParty.length;
			}
		}
		// Greve's Ø, whose one member sat at the meeting of its votes, among them.
		expect(compared).toBeGreaterThanOrEqual(3);
	});
});
