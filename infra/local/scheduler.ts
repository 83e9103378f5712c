/**
 * Local stand-in for EventBridge Scheduler: serves CreateSchedule and DeleteSchedule (restJson1) so
 * handlers use the real @aws-sdk/client-scheduler, keeps one-time `at()` schedules in a journal in
 * the data folder (restored on restart), and invokes the target function when each is due.
 * Tests drive time with `fireDue(now)` instead of timers.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

export interface LocalSchedule {
  name: string;
  /** The instant it fires (UTC ISO). */
  at: string;
  targetArn: string;
  input: string;
}

// biome-ignore lint/suspicious/noExplicitAny: targets take the schedule input as sent
type Target = (input: any) => Promise<unknown>;

/** Node timers overflow past ~24.8 days; longer waits are re-armed. */
const MAX_TIMER_MS = 2_000_000_000;

class SchedulerError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** `at(2026-12-01T08:00:00)` in a zone with a fixed offset (Asia/Ho_Chi_Minh is +07:00). */
export function parseAt(expression: string, zone: string | undefined): string {
  const m = expression.match(/^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/);
  if (!m)
    throw new SchedulerError(400, 'ValidationException', `unsupported schedule expression ${expression}`);
  const offset = !zone || zone === 'UTC' ? 'Z' : zone === 'Asia/Ho_Chi_Minh' ? '+07:00' : null;
  if (!offset) throw new SchedulerError(400, 'ValidationException', `unsupported time zone ${zone}`);
  return new Date(`${m[1]}${offset}`).toISOString();
}

export class LocalScheduler {
  private readonly schedules = new Map<string, LocalSchedule>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private server?: Server;
  private firing = Promise.resolve();
  readonly fired: { name: string; at: string; result: unknown }[] = [];

  constructor(
    private readonly opts: {
      journal: string;
      targets: Record<string, Target>;
      /** false in tests: schedules fire only through fireDue(). */
      realTime: boolean;
    },
  ) {
    if (existsSync(opts.journal)) {
      for (const line of readFileSync(opts.journal, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const r = JSON.parse(line) as { op: 'put'; s: LocalSchedule } | { op: 'delete'; name: string };
          if (r.op === 'put') this.schedules.set(r.s.name, r.s);
          else this.schedules.delete(r.name);
        } catch {
          // torn last line
        }
      }
      const tmp = `${opts.journal}.tmp`;
      writeFileSync(
        tmp,
        [...this.schedules.values()].map((s) => `${JSON.stringify({ op: 'put', s })}\n`).join(''),
      );
      renameSync(tmp, opts.journal);
    }
    if (opts.realTime) for (const s of this.schedules.values()) this.arm(s);
  }

  private held = false;

  /** Stops firing on timers (the demo history drives time itself with fireDue). */
  hold(): void {
    this.held = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Fires on timers again: what fell due while held fires at once. */
  release(): void {
    this.held = false;
    if (this.opts.realTime) for (const s of this.schedules.values()) this.arm(s);
  }

  list(): LocalSchedule[] {
    return [...this.schedules.values()].sort((a, b) => (a.at < b.at ? -1 : 1));
  }

  create(s: LocalSchedule): void {
    if (this.schedules.has(s.name))
      throw new SchedulerError(409, 'ConflictException', `Schedule ${s.name} already exists.`);
    if (!this.opts.targets[s.targetArn])
      throw new SchedulerError(400, 'ValidationException', `unknown target ${s.targetArn}`);
    this.schedules.set(s.name, s);
    appendFileSync(this.opts.journal, `${JSON.stringify({ op: 'put', s })}\n`);
    if (this.opts.realTime && !this.held) this.arm(s);
  }

  delete(name: string): void {
    if (!this.schedules.has(name))
      throw new SchedulerError(404, 'ResourceNotFoundException', `Schedule ${name} does not exist.`);
    this.remove(name);
  }

  private remove(name: string): void {
    this.schedules.delete(name);
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
    appendFileSync(this.opts.journal, `${JSON.stringify({ op: 'delete', name })}\n`);
  }

  private arm(s: LocalSchedule): void {
    clearTimeout(this.timers.get(s.name));
    const wait = Date.parse(s.at) - Date.now();
    const t = setTimeout(
      () => (wait > MAX_TIMER_MS ? this.arm(s) : void this.fire(s)),
      Math.max(0, Math.min(wait, MAX_TIMER_MS)),
    );
    t.unref();
    this.timers.set(s.name, t);
  }

  /** Runs one schedule's target, then deletes it (ActionAfterCompletion DELETE). Serialised. */
  private fire(s: LocalSchedule): Promise<void> {
    this.firing = this.firing.then(async () => {
      if (!this.schedules.has(s.name)) return;
      const result = await this.opts.targets[s.targetArn]!(JSON.parse(s.input)).catch((e: Error) => ({
        error: e.name,
      }));
      this.fired.push({ name: s.name, at: s.at, result });
      if (this.schedules.has(s.name)) this.remove(s.name);
    });
    return this.firing;
  }

  /** Test clock: fire, in order, every schedule due at or before `now`. */
  async fireDue(now: Date | string): Promise<number> {
    const limit = typeof now === 'string' ? now : now.toISOString();
    const due = this.list().filter((s) => s.at <= limit);
    for (const s of due) await this.fire(s);
    return due.length;
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://local');
        const name = decodeURIComponent(url.pathname.replace(/^\/schedules\//, ''));
        const reply = (status: number, body: unknown, type?: string) => {
          res.writeHead(status, {
            'content-type': 'application/json',
            ...(type ? { 'x-amzn-errortype': type } : {}),
          });
          res.end(JSON.stringify(body));
        };
        try {
          if (!url.pathname.startsWith('/schedules/'))
            throw new SchedulerError(404, 'ResourceNotFoundException', 'unknown path');
          if (req.method === 'POST') {
            const b = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
            this.create({
              name,
              at: parseAt(b.ScheduleExpression, b.ScheduleExpressionTimezone),
              targetArn: b.Target?.Arn,
              input: b.Target?.Input ?? '{}',
            });
            return reply(200, {
              ScheduleArn: `arn:aws:scheduler:local:000000000000:schedule/${b.GroupName ?? 'default'}/${name}`,
            });
          }
          if (req.method === 'DELETE') {
            this.delete(name);
            return reply(200, {});
          }
          throw new SchedulerError(405, 'ValidationException', 'method not served locally');
        } catch (err) {
          if (err instanceof SchedulerError) return reply(err.status, { Message: err.message }, err.type);
          reply(500, { Message: 'local scheduler error' }, 'InternalServerException');
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    await this.firing;
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
