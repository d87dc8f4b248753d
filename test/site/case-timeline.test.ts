import { describe, expect, test } from 'vitest';
import { caseTimeline, type Treated } from '../../src/lib/site/case-timeline.ts';
import type { EarlierTreatment } from '../../src/schemas/index.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const treated = (committee: string, date: string, number: string, earlierTreatments: EarlierTreatment[] = []): Treated => {
	const meeting = meetingEntry(`hedensted/${date}-x`, { committee, date, format: 'hedensted' });
	const item = itemEntry(meeting.id, number, { position: 1, title: 'Lokalområdefortrin', decision: 'Godkendt.', earlierTreatments });
	return { item, meeting };
};

const quote = (body: string, date: string, number: string, text = 'Anbefales.'): EarlierTreatment => ({
	label: `${body}, ${date}, pkt. ${number}`,
	body,
	date,
	number,
	text,
	decisionClass: 'recommended',
	votes: [],
	absent: [],
	substitutes: [],
});

describe('caseTimeline', () => {
	test('puts the archive’s items and the treatments they quote in date order', () => {
		const steps = caseTimeline([treated('Udvalget for Læring', '2021-11-29', '99', [quote('Byrådet 2018-2021', '2021-08-25', '145'), quote('Venstre', '2021-08-25', '145')])]);
		expect(steps.map((step) => [step.date, step.body, step.number, step.treated ? 'arkiv' : 'citeret'])).toEqual([
			['2021-08-25', 'Byrådet 2018-2021', '145', 'citeret'],
			['2021-08-25', 'Venstre', '145', 'citeret'],
			['2021-11-29', 'Udvalget for Læring', '99', 'arkiv'],
		]);
		expect(steps[0]!.quotedIn?.item.data.number).toBe('99');
	});

	test('shows a quoted treatment once, and not at all when its meeting is in the archive', () => {
		const council = treated('Byrådet', '2021-08-25', '145');
		const later = treated('Udvalget for Læring', '2021-11-29', '99', [quote('Byrådet 2018-2021', '2021-08-25', '145'), quote('Økonomiudvalget', '2021-08-11', '12')]);
		const latest = treated('Økonomiudvalget', '2021-12-08', '7', [quote('Økonomiudvalget', '2021-08-11', '12')]);
		const steps = caseTimeline([council, later, latest]);
		expect(steps.map((step) => `${step.date} ${step.body} ${step.number}`)).toEqual([
			'2021-08-11 Økonomiudvalget 12',
			'2021-08-25 Byrådet 145',
			'2021-11-29 Udvalget for Læring 99',
			'2021-12-08 Økonomiudvalget 7',
		]);
		expect(steps[1]!.treated).toBe(council);
		expect(steps[0]!.quotedIn).toBe(later);
	});

	test('takes a quote without an item number ("Sagens forløb") for the body’s item that day', () => {
		const { number: _number, ...undated } = quote('Udvalget for Læring', '2021-11-29', '99', 'Godkendt.');
		const steps = caseTimeline([treated('Udvalget for Læring', '2021-11-29', '99', [{ ...undated, label: 'Udvalget for Læring, 29. november 2021' }])]);
		expect(steps).toHaveLength(1);
		expect(steps[0]!.treated).toBeDefined();
	});
});
