/**
 * DESIGN.md §3: logs never carry personal data. Marker values go through every public and staff
 * endpoint (filing, tracking, withdrawal, actions, reveal, admin) and through the workflow; nothing
 * written to stdout or stderr may contain them.
 */
import { readFileSync } from 'node:fs';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as advance } from '../../functions/tasks/case-lifecycle/advance.js';
import { DEMO_PASSWORD } from '../../infra/local/seed.js';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { logger } from '../../shared/lambda/logger.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;
const captured: string[] = [];
const originals = {
  out: process.stdout.write.bind(process.stdout),
  err: process.stderr.write.bind(process.stderr),
};

const MARK = {
  name: 'Zyxwv Markername',
  phone: '0999111222',
  email: 'marker.person@example.vn',
  id: '079123456789',
  address: '77 Phố Markerstreet, Hà Nội',
  content: 'MARKERCONTENT nội dung riêng tư cần bảo vệ khỏi nhật ký hệ thống.',
  note: 'MARKERNOTE ghi chú nội bộ',
  reason: 'MARKERREASON lý do xem danh tính',
};

const STAFF_NAME = 'Cán bộ Markerstaff';

beforeAll(async () => {
  logger.setLogLevel('INFO');
  rt = await startTestRuntime();
  t = await loginAll(rt);
  const tap = (orig: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = tap(originals.out);
  process.stderr.write = tap(originals.err);
});
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await rt?.stop();
});

describe('logs', () => {
  it('carry no personal data from any endpoint or the workflow', async () => {
    const person = {
      fullName: MARK.name,
      address: MARK.address,
      phone: MARK.phone,
      email: MARK.email,
      idNumber: MARK.id,
    };
    const c = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      content: MARK.content,
      complainant: person,
    });
    // Bad input carrying markers too: validation answers must not be logged with values.
    await rt.call('/public/cases', {
      body: {
        ...intakes.denunciation(),
        content: MARK.content,
        complainant: { ...person, email: 'not-an-email' },
      },
    });
    await rt.call('/public/cases', { raw: `{"kind":"complaint","content":"${MARK.content}"` });
    await rt.call(`/public/cases/${c.receipt}`);
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, { action: 'add_note', text: MARK.note });
    await rt.call(`/cases/${c.caseId}/identity/reveal`, { token: t.chair, body: { reason: MARK.reason } });
    await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: { reason: MARK.reason } });
    await rt.call('/admin/staff/marker.user', {
      method: 'PUT',
      token: await rt.login('admin'),
      body: {
        // A staff member's name is kept in the staff index (conflict matching): not a filer's identity.
        displayName: STAFF_NAME,
        groups: ['intake'],
        committees: ['ubkt-1'],
        initialPassword: 'marker-password-123',
      },
    });
    await act(rt, t.chair, c.caseId, { action: 'continue_case', reason: MARK.reason });
    // A failing workflow task logs its error, still without data.
    await expect(advance({ caseId: 'no-such-case' }, {} as never)).rejects.toThrow();
    await rt.sfn.idle();

    const logs = captured.join('');
    expect(logs).toContain('"message":"request"');
    expect(logs).toContain('"message":"task failed"');
    for (const [k, v] of Object.entries(MARK))
      expect(logs.includes(v), `${k} leaked into the logs`).toBe(false);
    expect(logs.includes(c.receipt)).toBe(false);
    expect(logs.includes('marker-password-123')).toBe(false);
    expect(logs.includes(STAFF_NAME)).toBe(false);
  });

  it('keep identity in the vault: markers appear in no stored item, stream record, outbox or checkpoint', async () => {
    const person = { fullName: MARK.name, address: MARK.address, phone: MARK.phone, idNumber: MARK.id };
    // A named complaint without e-mail: its notices are letters, printed only through a reveal.
    const posted = await fileCase(rt, t.intake, { ...intakes.complaint(), complainant: person });
    await act(rt, t.intake, posted.caseId, { action: 'accept' });
    const emailed = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      complainant: { ...person, email: MARK.email },
    });
    await act(rt, t.intake, emailed.caseId, { action: 'accept' });
    await rt.sfn.idle();
    await rt.metrics.drain();
    await rt.anchors.drain();

    const leaks: string[] = [];
    const check = (where: string, text: string) => {
      for (const [k, v] of Object.entries(MARK)) {
        if (['content', 'note', 'reason'].includes(k)) continue; // case content, not identity
        if (text.includes(v)) leaks.push(`${k} in ${where}`);
      }
    };
    // Every item of the table except the sealed identities.
    let start: Record<string, never> | undefined;
    let items = 0;
    do {
      const out = await dynamo().send(new ScanCommand({ TableName: rt.tableName, ExclusiveStartKey: start }));
      for (const i of out.Items ?? []) {
        items++;
        if (i.SK?.S === 'IDENTITY') continue;
        check(`${i.PK?.S} ${i.SK?.S}`, JSON.stringify(i));
      }
      start = out.LastEvaluatedKey as typeof start;
    } while (start);
    // Every stream record (what the projector and the anchor read, and any other consumer could).
    const streams = new DynamoDBStreamsClient({ endpoint: rt.dynamoEndpoint });
    const arn = (await streams.send(new ListStreamsCommand({ TableName: rt.tableName }))).Streams![0]!
      .StreamArn!;
    let records = 0;
    for (const shard of (await streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!
      .Shards!) {
      let it = (
        await streams.send(
          new GetShardIteratorCommand({
            StreamArn: arn,
            ShardId: shard.ShardId!,
            ShardIteratorType: 'TRIM_HORIZON',
          }),
        )
      ).ShardIterator;
      for (let polls = 0; it && polls < 50; polls++) {
        const got = await streams.send(new GetRecordsCommand({ ShardIterator: it, Limit: 1000 }));
        for (const r of got.Records ?? []) {
          records++;
          if (r.dynamodb?.Keys?.SK?.S === 'IDENTITY') continue;
          check('stream', JSON.stringify(r));
        }
        if (!got.Records?.length) break;
        it = got.NextShardIterator;
      }
    }
    streams.destroy();
    check('outbox', readFileSync(rt.outboxFile, 'utf8'));
    check('checkpoints', readFileSync(rt.checkpointFile, 'utf8'));
    check('logs', captured.join(''));
    console.log(
      `identity markers: scanned ${items} items, ${records} stream records, the outbox, checkpoints and logs`,
    );
    expect(leaks).toEqual([]);
    expect(items).toBeGreaterThan(20);
    expect(records).toBeGreaterThan(20);

    // The letter to the posted filer waits as a print job; printing it is a reveal, for the chair only.
    const jobs = (await rt.call(`/cases/${posted.caseId}/print-jobs`, { token: t.intake })).body.items;
    expect(jobs.map((j: { recipient: string }) => j.recipient)).toContain('filer');
    const job = jobs[0].jobId;
    const before = await rt.itemCount();
    expect(
      (
        await rt.call(`/cases/${posted.caseId}/print-jobs/${job}/print`, {
          token: t.intake,
          body: { reason: 'In thư gửi công dân.' },
        })
      ).status,
    ).toBe(403);
    expect(
      (await rt.call(`/cases/${posted.caseId}/print-jobs/${job}/print`, { token: t.chair, body: {} })).status,
    ).toBe(422);
    expect(
      (
        await rt.call(`/cases/${posted.caseId}/print-jobs/nope/print`, {
          token: t.chair,
          body: { reason: 'In thư gửi công dân.' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await rt.call(`/cases/${posted.caseId}/print-jobs/${job}/print`, {
          token: t.chairB,
          body: { reason: 'In thư gửi công dân.' },
        })
      ).status,
    ).toBe(403);
    expect(await rt.itemCount()).toBe(before);
    const printed = await rt.call(`/cases/${posted.caseId}/print-jobs/${job}/print`, {
      token: t.chair,
      body: { reason: 'In thư gửi công dân qua bưu điện.' },
    });
    expect(printed.status).toBe(200);
    expect(printed.body.addressee).toEqual({ name: MARK.name, address: MARK.address });
    const audit = (await rt.call(`/cases/${posted.caseId}/audit`, { token: t.chair })).body.events;
    expect(audit.at(-1)).toMatchObject({
      action: 'letter_print',
      actor: { id: 'chair', role: 'chair' },
      data: { job, recipient: 'filer', reason: 'In thư gửi công dân qua bưu điện.' },
    });
    const after = (await rt.call(`/cases/${posted.caseId}/print-jobs`, { token: t.intake })).body.items;
    expect(after.find((j: { jobId: string }) => j.jobId === job)).toMatchObject({
      printedBy: 'chair',
      prints: 1,
    });

    // The local outbox needs a staff sign-in and names nobody.
    expect((await fetch(`${rt.url}/dev/outbox?format=json`)).status).toBe(401);
    const basic = (u: string, p: string) => ({
      authorization: `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`,
    });
    expect(
      (await fetch(`${rt.url}/dev/outbox?format=json`, { headers: basic('intake', 'wrong') })).status,
    ).toBe(401);
    const page = await fetch(`${rt.url}/dev/outbox?format=json`, { headers: basic('intake', DEMO_PASSWORD) });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('"to":"filer"');
    for (const v of [MARK.name, MARK.address, MARK.email, MARK.phone]) expect(text).not.toContain(v);
  });
});
