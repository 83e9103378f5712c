/**
 * A local Step Functions service: runs the CDK-produced ASL with aws-local-stepfunctions and answers
 * the API actions the handlers use (StartExecution, SendTaskSuccess, SendTaskFailure,
 * DescribeExecution) on the AWS JSON 1.0 protocol, so handlers use the real @aws-sdk/client-sfn.
 * Executions are recorded in a file; running ones are restarted at start (the workflow is re-entrant).
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import {
  type DynamoDBClient,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { StateMachine } from 'aws-local-stepfunctions';
import './polyfills.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Node timers overflow past ~24.8 days: cap every TimeoutSeconds below that. */
export const MAX_LOCAL_TIMEOUT_SECONDS = 2_000_000;

export interface ExecutionRecord {
  executionArn: string;
  name: string;
  input: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
}

interface Pending {
  executionArn: string;
  resolve: (v: Json) => void;
  reject: (e: Error) => void;
}

export type TaskHandler = (input: Json) => Promise<unknown>;

export interface LocalStepFunctionsOptions {
  stateMachineArn: string;
  asl: Record<string, unknown>;
  /** Lambda task handlers by function ARN. */
  lambdas: Record<string, TaskHandler>;
  dynamo: DynamoDBClient;
  /** Journal of executions (JSON lines). */
  stateFile: string;
  /** Test hook: override the wait before a retry (ms). */
  retryIntervalMs?: number;
}

class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

function capTimeouts(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(capTimeouts);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => [
      k,
      k === 'TimeoutSeconds' && typeof x === 'number'
        ? Math.min(x, MAX_LOCAL_TIMEOUT_SECONDS)
        : capTimeouts(x),
    ]),
  );
}

function findToken(v: unknown, issued: Set<string>): string | undefined {
  if (typeof v === 'string') return issued.has(v) ? v : undefined;
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) {
      const t = findToken(x, issued);
      if (t) return t;
    }
  }
  return undefined;
}

export class LocalStepFunctions {
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly pending = new Map<string, Pending>();
  private readonly aborts = new Map<string, () => void>();
  /** States entered per execution (a Step Functions "state transition" each). */
  private readonly transitions = new Map<string, number>();
  private readonly machine: StateMachine;
  private readonly states: Record<string, { Type: string; Resource?: string }>;
  private server?: Server;
  private stopping = false;
  /** Test hook: the next N invocations of a task function fail. */
  private readonly faults = new Map<string, number>();
  /** Resolves when no execution is running (tests). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly opts: LocalStepFunctionsOptions) {
    const asl = capTimeouts(opts.asl) as { States: Record<string, { Type: string; Resource?: string }> };
    this.states = asl.States;
    this.machine = new StateMachine(asl as never, { validationOptions: { checkArn: false } });
    this.load();
  }

  /**
   * The execution journal: one JSON record per line, appended on every change (O(1) per write);
   * replayed and compacted at start.
   */
  private load(): void {
    if (!existsSync(this.opts.stateFile)) return;
    for (const line of readFileSync(this.opts.stateFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const r = JSON.parse(line) as ExecutionRecord;
        this.executions.set(r.executionArn, r);
      } catch {
        // a torn last line after a crash: the record before it stands
      }
    }
    const tmp = `${this.opts.stateFile}.tmp`;
    writeFileSync(
      tmp,
      this.list()
        .map((r) => `${JSON.stringify(r)}\n`)
        .join(''),
    );
    renameSync(tmp, this.opts.stateFile);
  }

  private persist(r: ExecutionRecord): void {
    appendFileSync(this.opts.stateFile, `${JSON.stringify(r)}\n`);
  }

  /** Restarts executions that were running when the process stopped. */
  resumeRunning(): number {
    const running = [...this.executions.values()].filter((r) => r.status === 'RUNNING');
    for (const r of running) this.run(r);
    return running.length;
  }

  startExecution(name: string, input: string): ExecutionRecord {
    const executionArn = `${this.opts.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input) return existing;
      throw new SfnError('ExecutionAlreadyExists', `Execution already exists: '${executionArn}'`);
    }
    const record: ExecutionRecord = {
      executionArn,
      name,
      input,
      status: 'RUNNING',
      startDate: Date.now() / 1000,
    };
    this.executions.set(executionArn, record);
    this.persist(record);
    this.run(record);
    return record;
  }

  sendTaskSuccess(token: string, output: string): void {
    const p = this.takePending(token);
    let parsed: Json;
    try {
      parsed = JSON.parse(output);
    } catch {
      throw new SfnError('InvalidOutput', 'output is not JSON');
    }
    p.resolve(parsed);
  }

  sendTaskFailure(token: string, error?: string, cause?: string): void {
    const p = this.takePending(token);
    p.reject(Object.assign(new Error(cause ?? ''), { name: error ?? 'States.TaskFailed' }));
  }

  describeExecution(arn: string): ExecutionRecord {
    const r = this.executions.get(arn);
    if (!r) throw new SfnError('ExecutionDoesNotExist', `Execution does not exist: '${arn}'`);
    return r;
  }

  /** Test hook: make the next `times` invocations of the task function `functionArn` fail. */
  injectFaults(functionArn: string, times: number): void {
    this.faults.set(functionArn, times);
  }

  transitionsOf(arn: string): number {
    return this.transitions.get(arn) ?? 0;
  }

  list(): ExecutionRecord[] {
    return [...this.executions.values()];
  }

  /** Aborts a running execution as if its process died (for fault tests); it stays RUNNING on record. */
  kill(arn: string): void {
    this.aborts.get(arn)?.();
  }

  /** StopExecution: aborts and records it as ABORTED. */
  stopExecution(arn: string): void {
    const r = this.executions.get(arn);
    if (r?.status !== 'RUNNING') throw new SfnError('ExecutionDoesNotExist', `no running execution ${arn}`);
    this.aborts.get(arn)?.();
    Object.assign(r, { status: 'ABORTED', stopDate: Date.now() / 1000 });
    this.persist(r);
    this.drop(arn);
  }

  idle(): Promise<void> {
    if (
      ![...this.executions.values()].some((r) => r.status === 'RUNNING' && !this.isParked(r.executionArn))
    ) {
      return Promise.resolve();
    }
    return new Promise((r) => this.idleWaiters.push(r));
  }

  /** Tokens of parked executions, optionally only those started for one case (tests). */
  parkedTokens(caseId?: string): string[] {
    return [...this.pending.entries()]
      .filter(
        ([, p]) =>
          caseId === undefined ||
          JSON.parse(this.executions.get(p.executionArn)?.input ?? '{}').caseId === caseId,
      )
      .map(([t]) => t);
  }

  private isParked(arn: string): boolean {
    return [...this.pending.values()].some((p) => p.executionArn === arn);
  }

  private notifyIdle(): void {
    if (
      this.idleWaiters.length &&
      [...this.executions.values()].every((r) => r.status !== 'RUNNING' || this.isParked(r.executionArn))
    ) {
      const w = this.idleWaiters;
      this.idleWaiters = [];
      for (const f of w) f();
    }
  }

  private takePending(token: string): Pending {
    const p = this.pending.get(token);
    if (!p) throw new SfnError('TaskDoesNotExist', 'Task does not exist anymore');
    this.pending.delete(token);
    return p;
  }

  private run(record: ExecutionRecord): void {
    const issued = new Set<string>();
    const arn = record.executionArn;
    const handlers: Record<string, (input: Json) => Promise<Json>> = {};
    for (const [name, state] of Object.entries(this.states)) {
      if (state.Type !== 'Task' || !state.Resource) continue;
      const lambda = this.opts.lambdas[state.Resource];
      if (lambda) {
        handlers[name] = async (input) => {
          const left = this.faults.get(state.Resource!) ?? 0;
          if (left > 0) {
            this.faults.set(state.Resource!, left - 1);
            throw Object.assign(new Error('injected fault'), { name: 'Lambda.ServiceException' });
          }
          const out = (await lambda(input)) as Json;
          setImmediate(() => this.notifyIdle());
          return out;
        };
      } else if (state.Resource === 'arn:aws:states:::aws-sdk:dynamodb:updateItem.waitForTaskToken') {
        handlers[name] = (input) => this.park(arn, input, issued);
      } else {
        throw new Error(`no local handler for task ${name} (${state.Resource})`);
      }
    }
    const exec = this.machine.run(JSON.parse(record.input), {
      overrides: {
        taskResourceLocalHandlers: handlers,
        retryIntervalOverrides:
          this.opts.retryIntervalMs === undefined
            ? undefined
            : Object.fromEntries(Object.keys(handlers).map((n) => [n, this.opts.retryIntervalMs!])),
      },
      context: {
        Execution: {
          Id: arn,
          Name: record.name,
          Input: JSON.parse(record.input),
          StartTime: new Date(record.startDate * 1000).toISOString(),
        },
        StateMachine: { Id: this.opts.stateMachineArn, Name: 'case-lifecycle' },
        Task: {
          get Token() {
            const t = `tok-${randomUUID()}`;
            issued.add(t);
            return t;
          },
        },
      } as never,
    });
    this.aborts.set(arn, exec.abort);
    void (async () => {
      for await (const ev of exec.eventLogs) {
        if (ev.type === 'StateEntered') this.transitions.set(arn, (this.transitions.get(arn) ?? 0) + 1);
      }
    })().catch(() => {});
    exec.result.then(
      (output) => this.finish(arn, { status: 'SUCCEEDED', output: JSON.stringify(output) }),
      (err: Error & { getCause?: () => { name?: string; message?: string } }) => {
        if (this.stopping || err.name === 'ExecutionAbortedError') return this.drop(arn);
        const cause = err.getCause?.();
        this.finish(arn, {
          status: 'FAILED',
          error: cause?.name ?? err.name,
          cause: cause?.message ?? err.message,
        });
      },
    );
  }

  private async park(arn: string, input: Json, issued: Set<string>): Promise<Json> {
    const token = findToken(input, issued);
    if (!token) throw Object.assign(new Error('no task token in parameters'), { name: 'States.Runtime' });
    try {
      await this.opts.dynamo.send(new UpdateItemCommand(input as unknown as UpdateItemCommandInput));
    } catch (err) {
      throw Object.assign(new Error((err as Error).message), { name: `DynamoDb.${(err as Error).name}` });
    }
    return new Promise<Json>((resolve, reject) => {
      this.pending.set(token, { executionArn: arn, resolve, reject });
      setImmediate(() => this.notifyIdle());
    });
  }

  private drop(arn: string): void {
    this.aborts.delete(arn);
    for (const [t, p] of this.pending) if (p.executionArn === arn) this.pending.delete(t);
    this.notifyIdle();
  }

  private finish(arn: string, patch: Partial<ExecutionRecord>): void {
    const r = this.executions.get(arn);
    if (r) {
      Object.assign(r, patch, { stopDate: Date.now() / 1000 });
      this.persist(r);
    }
    this.drop(arn);
  }

  /** Serves the AWS JSON 1.0 protocol on loopback. */
  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const target = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify(body));
        };
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
          send(200, this.dispatch(target, body));
        } catch (err) {
          if (err instanceof SfnError) return send(400, { __type: err.type, message: err.message });
          send(500, { __type: 'InternalFailure', message: 'local step functions error' });
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}`;
  }

  private dispatch(target: string, body: Record<string, string>): unknown {
    switch (target) {
      case 'StartExecution': {
        if (body.stateMachineArn !== this.opts.stateMachineArn)
          throw new SfnError('StateMachineDoesNotExist', 'no such state machine');
        const r = this.startExecution(body.name ?? randomUUID(), body.input ?? '{}');
        return { executionArn: r.executionArn, startDate: r.startDate };
      }
      case 'SendTaskSuccess':
        this.sendTaskSuccess(body.taskToken ?? '', body.output ?? '{}');
        return {};
      case 'SendTaskFailure':
        this.sendTaskFailure(body.taskToken ?? '', body.error, body.cause);
        return {};
      case 'DescribeExecution': {
        const { executionArn, name, input, status, startDate, stopDate, output, error, cause } =
          this.describeExecution(body.executionArn ?? '');
        return {
          executionArn,
          stateMachineArn: this.opts.stateMachineArn,
          name,
          input,
          status,
          startDate,
          stopDate,
          output,
          error,
          cause,
        };
      }
      default:
        throw new SfnError('UnknownOperationException', `${target} is not served locally`);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const abort of this.aborts.values()) abort();
    for (const p of this.pending.values())
      p.reject(Object.assign(new Error('stopping'), { name: 'States.Runtime' }));
    this.pending.clear();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
