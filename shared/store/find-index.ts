/**
 * Finding a committee's open cases (issue 13 §1), at the lowest write cost that keeps each search or
 * filter one Query per page:
 *
 * - filters (kind, field, risk, nobody assigned, within a stage or not) read the case items on the
 *   indexes they already sit on (a stage's queue, or all open cases, by due date), with DynamoDB
 *   applying the conditions; an assignee's filter reads that person's work list. The case item
 *   carries its recorded risk and flags for this (`findAttributes`);
 * - words have items of their own (`FIND#word#<w>`), written when the case is filed and rewritten
 *   only if its words, kind, field or committee change, never for a stage or a due date: they carry
 *   no state, so a word search reads the matching cases' items by key (one BatchGet) after its Query;
 * - a pending withdrawal or an unanswered message from the filer is rare and wanted at once: while
 *   it lasts, an item with the case's card is filed under it (`FIND#flag#<flag>`).
 *
 * A filtered Query evaluates several pages' worth of items, returns at most `limit` that match and a
 * cursor just after the last one returned, so a page is seldom short.
 */
import { createHash } from 'node:crypto';
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { canonicalJson } from '../audit/canonical.js';
import { type Case, isOpen } from '../domain/case.js';
import { invalid } from '../domain/errors.js';
import {
  type CaseCard,
  cardOf,
  type FindFlag,
  flagsOf,
  recordedRisk,
  termsOf,
  UNASSIGNED,
} from '../domain/find.js';
import { parseCase, type StoreContext, startKey } from './case-repository.js';
import { keys, stripKeys } from './keys.js';
import { tableDefinition } from './table.js';

/** What the case item and its work-list copies carry for filters. */
export function findAttributes(c: Case): Record<string, unknown> {
  return { findRisk: recordedRisk(c), flags: ` ${flagsOf(c).join(' ')} ` };
}

const words = (c: Case) => (isOpen(c) ? termsOf(cardOf(c)) : []);
const flags = (c: Case) => (isOpen(c) ? flagsOf(c) : []);
const digest = (v: unknown) => createHash('sha256').update(canonicalJson(v)).digest('base64url').slice(0, 16);

/**
 * A fingerprint of what the index holds for a case, in two parts: its words (with kind, field and
 * committee) and, while it has a flag, its card. A part unchanged is not rewritten.
 */
export function findHash(c: Case): string {
  const w = words(c);
  const f = flags(c);
  const wordPart = w.length ? digest({ w, kind: c.kind, field: c.field, committee: c.committee }) : '';
  const flagPart = f.length ? digest({ f, card: cardOf(c), risk: recordedRisk(c) }) : '';
  return `${wordPart}.${flagPart}`;
}

function wordItems(c: Case): Record<string, unknown>[] {
  const w = words(c);
  return w.map((word) => ({
    ...keys.find(c.caseId, `word#${word}`),
    entity: 'find',
    caseId: c.caseId,
    committee: c.committee,
    kind: c.kind,
    field: c.field,
    // Space-delimited, so a condition on another word matches whole words only.
    terms: ` ${w.join(' ')} `,
    GSI5PK: keys.findPk(c.committee, 'word', word),
    // Stable: a word item is not rewritten when the case moves on. The newest first.
    GSI5SK: `${c.receivedOn}#${c.caseId}`,
  }));
}

function flagItems(c: Case): Record<string, unknown>[] {
  return flags(c).map((flag) => ({
    ...cardOf(c),
    ...findAttributes(c),
    ...keys.find(c.caseId, `flag#${flag}`),
    entity: 'find',
    GSI5PK: keys.findPk(c.committee, 'flag', flag),
    GSI5SK: keys.dueSk(c.dueAt, c.caseId),
  }));
}

/** The index items of a case as they are stored. */
export function findItems(c: Case): Record<string, unknown>[] {
  return [...wordItems(c), ...flagItems(c)];
}

/**
 * The writes that bring a case's index from `prev` to `next`: a part whose fingerprint changed is
 * written again, with a delete for each of its items `next` no longer has.
 */
export function findWrites(
  tableName: string,
  prev: Case | null,
  next: Case,
  nextHash: string,
): Record<string, unknown>[] {
  const [prevWords, prevFlags] = (prev?.findHash ?? '-.-').split('.');
  const [nextWords, nextFlags] = nextHash.split('.');
  const out: Record<string, unknown>[] = [];
  const part = (changed: boolean, items: Record<string, unknown>[], before: string[]) => {
    if (!changed) return;
    const kept = new Set(items.map((i) => i.SK));
    for (const Item of items) out.push({ Put: { TableName: tableName, Item } });
    for (const slot of before) {
      const Key = keys.find(next.caseId, slot);
      if (!kept.has(Key.SK)) out.push({ Delete: { TableName: tableName, Key } });
    }
  };
  part(prevWords !== nextWords, wordItems(next), prev ? words(prev).map((w) => `word#${w}`) : []);
  part(prevFlags !== nextFlags, flagItems(next), prev ? flags(prev).map((f) => `flag#${f}`) : []);
  return out;
}

export interface FindQuery {
  committee: string;
  /** Whole words, folded (the longest is the partition, the others filter). */
  words?: string[];
  kind?: string;
  field?: string;
  risk?: string;
  /** A staff id, or `-` for nobody assigned yet. */
  assignee?: string;
  flag?: FindFlag;
  status?: string;
}

export interface FindPage {
  items: CaseCard[];
  lastKey: Record<string, unknown> | undefined;
}

type Index = (typeof tableDefinition.indexes)[keyof typeof tableDefinition.indexes];

/** Conditions DynamoDB applies to the items a Query reads. */
class Conditions {
  readonly parts: string[] = [];
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private n = 0;
  private ref(attr: string, value: unknown): [string, string] {
    const i = this.n++;
    this.names[`#f${i}`] = attr;
    this.values[`:f${i}`] = value;
    return [`#f${i}`, `:f${i}`];
  }
  eq(attr: string, value: string | undefined): this {
    if (value !== undefined) {
      const [a, v] = this.ref(attr, value);
      this.parts.push(`${a} = ${v}`);
    }
    return this;
  }
  contains(attr: string, value: string | undefined): this {
    if (value !== undefined) {
      const [a, v] = this.ref(attr, value);
      this.parts.push(`contains(${a}, ${v})`);
    }
    return this;
  }
  assignee(value: string | undefined): this {
    if (value === UNASSIGNED) {
      const [a, v] = this.ref('assignees', 0);
      this.parts.push(`size(${a}) = ${v}`);
    } else this.contains('assignees', value);
    return this;
  }
}

/** Evaluated per page when DynamoDB filters: enough for a full page of a common value. */
const EVALUATE = (limit: number) => Math.min(400, limit * 8);

/**
 * One Query of `pk` with `cond` applied: at most `limit` matching items and, when it stopped early,
 * a cursor just after the last one returned.
 */
async function filteredQuery(
  s: StoreContext,
  index: Index,
  pk: string,
  cond: Conditions,
  page: { limit: number; cursor?: Record<string, unknown> },
  forward = true,
) {
  const filtered = cond.parts.length > 0;
  const out = await s.db.send(
    new QueryCommand({
      TableName: s.tableName,
      IndexName: index.name,
      KeyConditionExpression: `${index.partitionKey} = :pk`,
      ...(filtered
        ? { FilterExpression: cond.parts.join(' AND '), ExpressionAttributeNames: cond.names }
        : {}),
      ExpressionAttributeValues: { ':pk': pk, ...cond.values },
      Limit: filtered ? EVALUATE(page.limit) : page.limit,
      ExclusiveStartKey: startKey(page.cursor, index, pk),
      ScanIndexForward: forward,
    }),
  );
  const items = out.Items ?? [];
  if (items.length <= page.limit) return { items, lastKey: out.LastEvaluatedKey };
  const kept = items.slice(0, page.limit);
  const last = kept.at(-1)!;
  const lastKey = Object.fromEntries(
    ['PK', 'SK', index.partitionKey, index.sortKey].map((k) => [k, last[k]]),
  );
  return { items: kept, lastKey };
}

/** A row from a case item (or a work-list copy of one). */
const cardOfItem = (item: Record<string, unknown>): CaseCard => cardOf(parseCase(item));
/** A flag item holds the card itself. */
const cardOfFlagItem = (item: Record<string, unknown>): CaseCard => stripKeys(item) as unknown as CaseCard;

/** The cases of a word page, read by key (one BatchGet), in the page's order, open ones only. */
async function casesOf(s: StoreContext, ids: string[]): Promise<Case[]> {
  if (ids.length === 0) return [];
  const found = new Map<string, Case>();
  let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
    [s.tableName]: { Keys: ids.map((id) => keys.case(id)) },
  };
  while (request && Object.keys(request).length) {
    const got = await s.db.send(new BatchGetCommand({ RequestItems: request }));
    for (const item of got.Responses?.[s.tableName] ?? []) {
      const c = parseCase(item);
      found.set(c.caseId, c);
    }
    request = got.UnprocessedKeys as typeof request;
  }
  return ids.map((id) => found.get(id)).filter((c): c is Case => Boolean(c && isOpen(c)));
}

/** Whether a case meets the conditions a word page checks on the cases themselves. */
function meets(c: Case, q: FindQuery): boolean {
  if (q.status && c.status !== q.status) return false;
  if (q.risk && recordedRisk(c) !== q.risk) return false;
  if (q.assignee === UNASSIGNED ? c.assignees.length > 0 : q.assignee && !c.assignees.includes(q.assignee))
    return false;
  return !q.flag || flagsOf(c).includes(q.flag);
}

export async function queryFind(
  s: StoreContext,
  q: FindQuery,
  page: { limit: number; cursor?: Record<string, unknown> },
): Promise<FindPage> {
  const i = tableDefinition.indexes;
  const common = () => new Conditions().eq('kind', q.kind).eq('field', q.field);
  if (q.words?.length) {
    const [first, ...others] = [...q.words].sort((a, b) => b.length - a.length) as [string, ...string[]];
    const cond = common();
    for (const w of others) cond.contains('terms', ` ${w} `);
    const got = await filteredQuery(s, i.find, keys.findPk(q.committee, 'word', first), cond, page, false);
    const cases = await casesOf(
      s,
      got.items.map((x) => String(x.caseId)),
    );
    return { items: cases.filter((c) => meets(c, q)).map(cardOf), lastKey: got.lastKey };
  }
  const cond = common().eq('findRisk', q.risk);
  if (q.flag) {
    cond.eq('status', q.status).assignee(q.assignee);
    const got = await filteredQuery(s, i.find, keys.findPk(q.committee, 'flag', q.flag), cond, page);
    return { items: got.items.map(cardOfFlagItem), lastKey: got.lastKey };
  }
  if (q.assignee && q.assignee !== UNASSIGNED) {
    // A person's work list spans their committees: this one's cases only.
    cond.eq('committee', q.committee).eq('status', q.status);
    const got = await filteredQuery(s, i.assignee, keys.assigneePk(q.assignee), cond, page);
    return { items: got.items.map(cardOfItem), lastKey: got.lastKey };
  }
  cond.assignee(q.assignee);
  if (!q.kind && !q.field && !q.risk && !q.assignee)
    throw invalid('a search needs words or a filter', [{ path: ['q'], message: 'required' }]);
  const got = q.status
    ? await filteredQuery(s, i.queue, keys.queuePk(q.committee, q.status), cond, page)
    : await filteredQuery(s, i.open, keys.openPk(q.committee), cond, page);
  return { items: got.items.map(cardOfItem), lastKey: got.lastKey };
}
