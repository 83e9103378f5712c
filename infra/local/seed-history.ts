/**
 * Six months of demo history for the dashboard, once per data folder: about forty cases filed and
 * worked through the same API as everything else, with the runtime's clock set to each step's
 * moment and the deadline alerts fired as they fall due. Some are decided on time, some late, some
 * rejected, transferred or withdrawn, some still open and overdue.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useClock } from '../../shared/lambda/deps.js';
import { seededRandom } from './bench-metrics.js';
import type { Runtime } from './runtime.js';
import { api, asSent, DEMO_PASSWORD, demoIntakes } from './seed.js';

const DAY = 86_400_000;
const CASES = 40;

const groundOf: Record<string, string> = {
  complaint: 'not_signed',
  denunciation: 'form_requirements',
  petition: 'ineligible',
  dispute: 'public_interest',
};
const outcomesOf: Record<string, string[]> = {
  complaint: ['upheld', 'partly_upheld', 'not_upheld', 'not_upheld'],
  denunciation: ['true', 'partly_true', 'false'],
  petition: ['answered'],
  dispute: ['settled', 'settled', 'not_settled'],
};

/** A JSON call as a person would make it: GET, or POST with a body. */
const call = (rt: Runtime, path: string, init: { body?: unknown; token?: string } = {}) =>
  api(rt, path, {
    token: init.token,
    ...(init.body === undefined ? {} : { method: 'POST', body: JSON.stringify(init.body) }),
    // A filing names its Idempotency-Key, as the filing page does.
    ...(path === '/public/cases' ? { headers: { 'idempotency-key': randomUUID() } } : {}),
  });

export async function seedDemoHistory(rt: Runtime): Promise<number> {
  const marker = join(rt.dataDir, `history-${rt.tableName}`);
  if (existsSync(marker)) return 0;
  const login = async (username: string) =>
    (await call(rt, '/local/auth/token', { body: { username, password: DEMO_PASSWORD } }))
      .accessToken as string;
  const tok = {
    intake: await login('intake'),
    chair: await login('chair'),
    investigator: await login('investigator'),
    chairB: await login('chair-b'),
  };
  const act = async (token: string, id: () => string, body: Record<string, unknown>) => {
    const detail = await call(rt, `/cases/${id()}`, { token });
    await call(rt, `/cases/${id()}/actions`, {
      token,
      body: { ...asSent(detail, body), expectedVersion: detail.case.version },
    });
  };
  const rnd = seededRandom(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const templates = demoIntakes().filter((x) => !('anonymous' in x && x.anonymous));
  const now = Date.now();
  const steps: { at: number; run: () => Promise<void> }[] = [];

  for (let i = 0; i < CASES; i++) {
    const filedAt = now - Math.round((182 - i * 4.4) * DAY);
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    const { _seededOn: _, ...template } = pick(templates);
    const committee = i % 4 === 3 ? 'ubkt-2' : 'ubkt-1';
    const intake = {
      ...template,
      committee,
      ...(template.kind === 'complaint'
        ? {
            learnedOn: day(filedAt - 12 * DAY),
            subject: { ...(template as { subject: object }).subject, date: day(filedAt - 20 * DAY) },
          }
        : {}),
    };
    const kind = template.kind;
    const [screener, chair] = committee === 'ubkt-1' ? [tok.intake, tok.chair] : [tok.chairB, tok.chairB];
    const plan =
      committee === 'ubkt-1'
        ? pick(['decide', 'decide', 'decide', 'decide', 'reject', 'open', 'transfer', 'withdraw'] as const)
        : pick(['transfer', 'withdraw', 'open'] as const);
    const c = { caseId: '', receipt: '' };
    const id = () => c.caseId;
    steps.push({
      at: filedAt,
      run: async () => {
        const filed = await call(rt, '/public/cases', { body: intake });
        c.receipt = filed.receipt;
        await rt.sfn.idle();
        const queue = await call(rt, `/cases?stage=screening&committee=${committee}&limit=100`, {
          token: screener,
        });
        c.caseId = queue.items.find((x: { reference: string }) => x.reference === filed.reference).caseId;
      },
    });
    const screenAt = filedAt + Math.round((1 + rnd() * 4) * DAY);
    if (plan === 'reject')
      steps.push({
        at: screenAt,
        run: () =>
          act(screener, id, {
            action: 'reject',
            ground: groundOf[kind],
            reason: 'Đơn không đủ điều kiện xử lý.',
          }),
      });
    if (plan === 'transfer')
      steps.push({
        at: screenAt,
        run: () =>
          act(screener, id, {
            action: 'transfer',
            toBody: 'Thanh tra Thành phố',
            reason: 'Không thuộc thẩm quyền.',
          }),
      });
    if (plan === 'withdraw')
      steps.push({
        at: screenAt,
        run: async () => void (await call(rt, `/public/cases/${c.receipt}/withdraw`, { body: {} })),
      });
    if (plan === 'decide' || plan === 'open') {
      steps.push({ at: screenAt, run: () => act(screener, id, { action: 'accept' }) });
      steps.push({
        at: screenAt + DAY,
        run: () =>
          act(chair, id, {
            action: 'assign',
            assignees: [committee === 'ubkt-1' ? 'investigator' : 'investigator-b'],
          }),
      });
      const decideAt = screenAt + Math.round((8 + rnd() * 40) * DAY);
      if (plan === 'decide' && decideAt < now - DAY) {
        if (kind === 'dispute')
          steps.push({
            at: decideAt - 2 * DAY,
            run: () =>
              act(tok.investigator, id, {
                action: 'record_dialogue',
                heldOn: day(decideAt - 2 * DAY),
                participants: 3,
                summary: 'Buổi hòa giải giữa các bên tại nhà văn hóa tổ dân phố.',
              }),
          });
        steps.push({
          at: decideAt - DAY,
          run: () =>
            act(tok.investigator, id, {
              action: 'propose_decision',
              outcome: pick(outcomesOf[kind]!),
              summary: 'Kết quả xác minh nội dung đơn tại địa phương.',
            }),
        });
        steps.push({ at: decideAt, run: () => act(chair, id, { action: 'approve_decision' }) });
      }
    }
  }

  steps.sort((a, b) => a.at - b.at);
  rt.scheduler.hold();
  try {
    for (const s of steps) {
      const at = new Date(s.at);
      useClock(() => at);
      await rt.scheduler.fireDue(at); // deadline alerts fall due as time passes
      await s.run();
      await rt.sfn.idle();
    }
  } finally {
    useClock(() => new Date());
    rt.scheduler.release();
  }
  writeFileSync(marker, new Date().toISOString());
  return CASES;
}
