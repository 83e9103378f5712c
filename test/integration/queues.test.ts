/**
 * Issue 4: queues by committee and stage, "assigned to me", "overdue" and "due this week", by due
 * date, one Query per page, and at 10 000 open cases still one Query in due-date order.
 */
import { randomUUID } from 'node:crypto';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { caseItem } from '../../shared/store/case-repository.js';
import { findItems } from '../../shared/store/find-index.js';
import { newCase } from '../support/cases.js';
import { intakes } from '../support/fixtures.js';
import { act, decideCase, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;
const queries: string[] = [];

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'QueryCommand' || context.commandName === 'ScanCommand')
        queries.push(context.commandName);
      return next(args);
    },
    { step: 'initialize', name: 'countQueries' },
  );
});
afterAll(() => {
  testClock.at = null;
  return rt?.stop();
});

/**
 * 10 000 open cases of committee ubkt-9, written once for the tests below: each case item (which
 * filters read on the queue indexes) and, for the word search, the index items of one rare word
 * (the other words' partitions are never read here and would only slow the test down).
 */
const RARE = 'xoan';
let seeded: Promise<void> | undefined;
function seedTenThousand(): Promise<void> {
  seeded ??= (async () => {
    const kinds = ['complaint', 'denunciation', 'petition'] as const;
    const fields = ['land_housing', 'corruption', 'policy_benefits', 'civil_service'] as const;
    const items = Array.from({ length: 10_000 }, (_, i) => {
      const c = {
        ...newCase(kinds[i % 3]),
        caseId: randomUUID(),
        reference: `KN-2701-${String(i).padStart(8, '0')}`,
        committee: 'ubkt-9',
        field: fields[i % 4] as (typeof fields)[number],
        content: i % 1000 === 7 ? `Đơn về ông Xoan số ${i}` : `Đơn số ${i}`,
        assignees: i % 5 === 0 ? [] : [`inv-${i % 7}`],
        dueAt: new Date(Date.UTC(2027, 0, 1) + ((i * 7919) % 10_000) * 60_000).toISOString(),
      };
      const found = findItems(c).filter((f) => f.SK === `FIND#word#${RARE}`);
      return [caseItem(c), ...found];
    }).flat();
    const db = dynamo();
    // One batch at a time, as before: the other test files share this DynamoDB Local.
    for (let i = 0; i < items.length; i += 25)
      await db.send(
        new BatchWriteCommand({
          RequestItems: { [rt.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
        }),
      );
  })();
  return seeded;
}

type Row = { caseId: string; kind: string; field: string; assignees: string[] };
const ids = (items: { caseId: string }[]) => items.map((i) => i.caseId);

describe('queues', () => {
  it('“assigned to me” lists a case for each of its investigators', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator', 'investigator-2'] });
    expect(ids((await rt.call('/cases?assignee=me', { token: t.investigator })).body.items)).toContain(
      c.caseId,
    );
    expect(ids((await rt.call('/cases?assignee=me', { token: t.investigator2 })).body.items)).toContain(
      c.caseId,
    );
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator-2'] });
    expect(ids((await rt.call('/cases?assignee=me', { token: t.investigator })).body.items)).not.toContain(
      c.caseId,
    );
  });

  it('a decided case leaves “my cases” for “done”, the latest first', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    const mine = async () => ids((await rt.call('/cases?assignee=me', { token: t.investigator })).body.items);
    const done = async () => ids((await rt.call('/cases?done=true', { token: t.investigator })).body.items);
    expect(await mine()).toContain(c.caseId);
    expect(await done()).not.toContain(c.caseId);
    await decideCase(rt, t, c.caseId, 'not_upheld');
    expect(await mine()).not.toContain(c.caseId);
    expect((await done())[0]).toBe(c.caseId);
  });

  it('finds a case by its reference, exactly, only for those who may open it', async () => {
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    const find = (ref: string, token = t.intake) =>
      rt.call(`/cases?reference=${encodeURIComponent(ref)}`, { token });
    const r = await find(c.reference.toLowerCase());
    expect(r.status).toBe(200);
    expect(ids(r.body.items)).toEqual([c.caseId]);
    // Another committee's chair, and an investigator not on it: nothing, as if it did not exist.
    expect((await find(c.reference, t.chairB)).body.items).toEqual([]);
    expect((await find(c.reference, t.investigator)).body.items).toEqual([]);
    expect((await find('KN-2612-NOSUCHXX')).body.items).toEqual([]);
    expect((await find('not a reference')).status).toBe(422);
  });

  it('shows on each row what the case is about, to those who may read it', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    const row = (
      await rt.call('/cases?stage=screening&committee=ubkt-1&limit=100', { token: t.intake })
    ).body.items.find((i: { caseId: string }) => i.caseId === c.caseId);
    expect(row).toMatchObject({
      field: intakes.complaint().field,
      location: intakes.complaint().location,
      respondent: intakes.complaint().respondent.name,
      subject: expect.stringContaining(intakes.complaint().content.slice(0, 20)),
      pseudonym: expect.stringMatching(/#/),
    });
    // A petition an investigator may claim: what, where and when, but nobody named and no words.
    const p = await fileCase(rt, t.intake, intakes.petition());
    await act(rt, t.intake, p.caseId, { action: 'accept' });
    const summary = (
      await rt.call('/cases?stage=accepted&committee=ubkt-1&limit=100', { token: t.investigator })
    ).body.items.find((i: { caseId: string }) => i.caseId === p.caseId);
    expect(summary).toMatchObject({
      subject: null,
      respondent: null,
      pseudonym: null,
      field: intakes.petition().field,
    });
  });

  it('“overdue” lists cases past a deadline; “due this week” the ones ending by Sunday', async () => {
    testClock.set('2026-11-30T02:00:00Z'); // Monday
    const soon = await fileCase(rt, t.intake, intakes.denunciation()); // 7 working days: due Wed 9 Dec
    const week = (await rt.call('/cases?due=week', { token: t.intake })).body.items;
    expect(ids(week)).not.toContain(soon.caseId);
    testClock.set('2026-12-07T02:00:00Z'); // the next Monday: due this week
    expect(ids((await rt.call('/cases?due=week', { token: t.intake })).body.items)).toContain(soon.caseId);
    testClock.set('2026-12-10T02:00:00Z');
    await rt.scheduler.fireDue('2026-12-10T02:00:00Z');
    const overdue = (await rt.call('/cases?overdue=true', { token: t.chair })).body.items;
    expect(overdue.find((i: { caseId: string }) => i.caseId === soon.caseId)).toMatchObject({
      risk: 'overdue',
      overdue: ['screening'],
    });
  });

  it('refuses a query naming no view or two', async () => {
    expect((await rt.call('/cases', { token: t.intake })).status).toBe(422);
    expect((await rt.call('/cases?stage=screening&overdue=true', { token: t.intake })).status).toBe(422);
  });

  it('answers a page of a 10 000-case queue with one Query, in due-date order', async () => {
    await seedTenThousand();
    const token = await rt.signIn.sign({ username: 'intake-9', groups: ['intake'], committees: ['ubkt-9'] });
    queries.length = 0;
    const first = await rt.call('/cases?stage=screening&committee=ubkt-9&limit=50', { token });
    expect(queries).toEqual(['QueryCommand']);
    expect(first.body.items).toHaveLength(50);
    const dues = first.body.items.map((i: { dueAt: string }) => i.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(dues[0]).toBe('2027-01-01T00:00:00.000Z');
    queries.length = 0;
    const second = await rt.call(
      `/cases?stage=screening&committee=ubkt-9&limit=50&cursor=${first.body.nextCursor}`,
      { token },
    );
    expect(queries).toEqual(['QueryCommand']);
    expect(second.body.items[0].dueAt >= dues.at(-1)).toBe(true);
  }, 180_000);

  it('at 10 000 open cases, a filter or a search is one Query per page and returns only matches', async () => {
    await seedTenThousand();
    const token = await rt.signIn.sign({ username: 'chair-9', groups: ['chair'], committees: ['ubkt-9'] });
    const page = async (query: string) => {
      queries.length = 0;
      const r = await rt.call(`/cases?committee=ubkt-9&limit=50&${query}`, { token });
      expect(r.status).toBe(200);
      expect(queries).toEqual(['QueryCommand']);
      return r.body as { items: (Row & { dueAt: string })[]; nextCursor: string | null };
    };
    const first = await page('kind=denunciation&field=corruption');
    expect(first.items.length).toBeGreaterThan(0);
    for (const r of first.items) expect(r).toMatchObject({ kind: 'denunciation', field: 'corruption' });
    const dues = first.items.map((r) => r.dueAt);
    expect(dues).toEqual([...dues].sort());
    const second = await page(`kind=denunciation&field=corruption&cursor=${first.nextCursor}`);
    for (const r of second.items) expect(r).toMatchObject({ kind: 'denunciation', field: 'corruption' });
    expect((second.items[0]?.dueAt ?? '') >= (dues.at(-1) ?? '')).toBe(true);
    const unassigned = await page('assignee=-&kind=petition');
    expect(unassigned.items.length).toBeGreaterThan(0);
    for (const r of unassigned.items) expect(r).toMatchObject({ kind: 'petition', assignees: [] });
    // A rare word: ten cases in the whole committee, all on the first page.
    const found = await page(`q=${RARE}`);
    expect(found.items).toHaveLength(10);
    expect(found.nextCursor).toBeNull();
  }, 180_000);
});
