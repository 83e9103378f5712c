/**
 * The citizen-reception register (Law on Citizen Reception 2013 art. 25(2)): one line per case
 * recorded at the desk, numbered per committee and year, written in the filing's own transaction.
 * Lines live under the committee's `REGISTER#` partition (beside the document register), sorted by
 * the day received, so a period is one Query. Names and addresses are not copied here: the export
 * reads them from the case's vaulted identity (shared/cases/reception-register.ts).
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { IsoDate } from '../domain/calendar.js';
import type { Case } from '../domain/case.js';
import type { Desk } from '../domain/desk.js';
import type { StoreContext } from './case-repository.js';
import { queryAll } from './query.js';

const pk = (committee: string) => `REGISTER#${committee}#RECEPTION`;

export const receptionKeys = {
  pk,
  counter: (committee: string, year: string) => ({ PK: pk(committee), SK: `COUNTER#${year}` }),
  line: (committee: string, receivedOn: IsoDate, caseId: string) => ({
    PK: pk(committee),
    SK: `${receivedOn}#${caseId}`,
  }),
};

export interface ReceptionLine {
  number: number;
  year: string;
  receivedOn: IsoDate;
  channel: Desk['channel'];
  referral?: Desk['referral'];
  caseId: string;
  reference: string;
  kind: Case['kind'];
  /** What the person asks about, as the case's one-line subject. */
  content: string;
  /** What they ask for (the requested outcome), if said. */
  request: string;
  priorHandling: string;
  recordedBy: string;
  recordedAt: string;
}

/**
 * The next number of the committee's register for the year. Taken before the filing's transaction:
 * a filing that then fails leaves a gap, which the register shows rather than hides.
 */
export async function nextReceptionNumber(s: StoreContext, committee: string, year: string): Promise<number> {
  const out = await s.db.send(
    new UpdateCommand({
      TableName: s.tableName,
      Key: receptionKeys.counter(committee, year),
      UpdateExpression: 'ADD #last :one SET entity = :entity',
      ExpressionAttributeNames: { '#last': 'last' },
      ExpressionAttributeValues: { ':one': 1, ':entity': 'reception_counter' },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(out.Attributes?.last);
}

/** The line as a Put for the filing's transaction. */
export function receptionLineItem(tableName: string, committee: string, line: ReceptionLine) {
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...receptionKeys.line(committee, line.receivedOn, line.caseId),
        entity: 'reception_line',
        ...line,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** The lines received from `from` to `to` (inclusive), in order of the day received. */
export async function receptionLines(
  s: StoreContext,
  committee: string,
  from: IsoDate,
  to: IsoDate,
): Promise<ReceptionLine[]> {
  const items = await queryAll(s, {
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':pk': pk(committee), ':from': `${from}#`, ':to': `${to}#~` },
  });
  return items
    .map((i) => i as unknown as ReceptionLine)
    .sort((a, b) => a.year.localeCompare(b.year) || a.number - b.number);
}
