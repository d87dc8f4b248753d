export { agendaItemSchema, earlierTreatmentSchema, itemChangesSchema, publicationSchema, type AgendaItem, type EarlierTreatment, type ItemChanges, type Publication } from './agenda-item.ts';
export { formats, meetingSchema, type Meeting } from './meeting.ts';
export { municipalityRegistrySchema, municipalitySchema, sourceSchema, sourceSystems, type Municipality, type MunicipalityRegistry, type Source } from './municipality.ts';
export { sidecarSchema, type Sidecar } from './sidecar.ts';
export { cprAllowlistSchema, type CprAllowlist } from './cpr-allowlist.ts';
export { decisionClass, decisionClasses, type DecisionClass } from './decision-class.ts';
export { attachmentSchema, type Attachment } from './attachment.ts';
export { lowConfidence, ocrEntrySchema, ocrMarkSchema, type OcrEntry, type OcrMark } from './ocr.ts';
export { ballotSchema, substituteSchema, voterSchema, type Ballot, type Substitute, type Voter } from './vote.ts';
