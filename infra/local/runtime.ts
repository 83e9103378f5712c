/**
 * The whole system on one machine (DESIGN.md §5): DynamoDB Local, the local Step Functions service
 * running the CDK-built ASL, the HTTP gateway over the same handler modules, and local sign-in.
 * `npm start` and the integration tests both use this.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  invokedFunctions,
  scheduledFunctions,
  streamFunctions,
  type TaskFunction,
  taskFunctions,
} from '../../functions/tasks/registry.js';
import type { Needs } from '../../shared/api/needs.js';
import { openApiDocument } from '../../shared/api/openapi.js';
import { routes } from '../../shared/api/routes.js';
import { useDynamoPlugin } from '../../shared/aws/clients/dynamo.js';
import { localBlobKey } from '../../shared/blobs/deps.js';
import type { RecountResult } from '../../shared/cases/recount-deadlines.js';
import { ENV } from '../../shared/lambda/config.js';
import { useClock } from '../../shared/lambda/deps.js';
import type { SubmitLimits } from '../../shared/store/rate-limits.js';
import {
  caseLifecycleAsl,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  localFunctionArn,
} from '../../workflows/case-lifecycle/asl.js';
import { BLOB_PREFIX, blobRoute } from './blob-route.js';
import { ensureTable, startDynamoLocal } from './dynamodb.js';
import {
  ADMISSION_HEADER,
  API_PREFIX,
  type ApiHandler,
  compileRoute,
  createGateway,
  lambdaContext,
  routeScope,
} from './gateway.js';
import { keyPolicy } from './key-policy.js';
import { LocalLambdaService } from './lambda-service.js';
import { outboxPage } from './outbox-page.js';
import { LocalScheduler } from './scheduler.js';
import { LOCAL_CLIENT_ID, LocalSignIn } from './sign-in.js';
import { staticSite } from './static.js';
import { LocalStepFunctions, type TaskHandler } from './step-functions.js';
import { type StreamHandler, type StreamPoller, startStreamPoller } from './stream-poller.js';

export interface RuntimeOptions {
  port: number;
  dataDir: string;
  /** Use an already running DynamoDB (tests share one); otherwise start DynamoDB Local on disk. */
  dynamoEndpoint?: string;
  tableName?: string;
  host?: string;
  retryIntervalMs?: number;
  /** Fire deadline alerts on real timers (npm start); tests drive them with `scheduler.fireDue`. */
  realTimeAlerts?: boolean;
  /** Test hook: the clock every in-process handler reads. */
  clock?: () => Date;
  /** Filing limits (default: those of AWS); tests and the bench file far more than a person. */
  submitLimits?: SubmitLimits;
  /**
   * `npm start`: answer 503 with Retry-After to everyone but the seeders (who send `admission`)
   * until `ready()` is called, so nobody sees the demo history's simulated clock.
   */
  holdUntilReady?: boolean;
}

export interface Runtime {
  url: string;
  apiUrl: string;
  dataDir: string;
  tableName: string;
  dynamoEndpoint: string;
  /** ARN of a workflow task function, for fault injection. */
  taskArn(name: string): string;
  sfn: LocalStepFunctions;
  /** The metrics projector on the table's stream. */
  metrics: StreamPoller;
  /** The audit anchor on the table's stream (its own consumer, as in AWS). */
  anchors: StreamPoller;
  /** The append-only checkpoint log. */
  checkpointFile: string;
  /** The client the local workflow service uses for its DynamoDB task states. */
  workflowDynamo: DynamoDBClient;
  scheduler: LocalScheduler;
  /** The Lambda Invoke stand-in (the document renderer), for fault injection. */
  lambdas: LocalLambdaService;
  outboxFile: string;
  signIn: LocalSignIn;
  server: Server;
  /** Headers that admit a request while the runtime is held (the seeders send them). */
  admission: Record<string, string>;
  /**
   * The hourly recount (functions/scheduled/recount-deadlines.ts): open cases counted with an older
   * calendar edition are advanced. `npm start` runs it once ready and then hourly.
   */
  recountDeadlines(): Promise<RecountResult>;
  /** Opens the runtime to everyone (after seeding). */
  ready(): void;
  stop(): Promise<void>;
}

const FUNCTION_PREFIX = 'cm';

/** What every function of the system may touch, by the id its scope carries. */
const declaredNeeds = new Map<string, Needs>([
  ...routes.map((r) => [r.id, r.needs] as const),
  ...[taskFunctions, scheduledFunctions, invokedFunctions, streamFunctions].flatMap((group) =>
    Object.values(group).map((f: TaskFunction) => [f.id, f.needs] as const),
  ),
]);
let keyPolicyInstalled = false;

/** Once per process: the local stand-in for `dynamodb:LeadingKeys` (infra/local/key-policy.ts). */
function installKeyPolicy(): void {
  if (keyPolicyInstalled) return;
  keyPolicyInstalled = true;
  useDynamoPlugin(
    keyPolicy(
      () => routeScope.getStore(),
      (fn) => declaredNeeds.get(fn),
    ),
  );
}

/** Written by a running runtime so local tools can find it. */
export const RUNTIME_FILE = 'runtime.json';
export interface RuntimeInfo {
  pid: number;
  dynamoEndpoint: string;
  tableName: string;
  url: string;
}

function setLocalEnv(vars: Record<string, string>): void {
  for (const [k, v] of Object.entries(vars)) process.env[k] = v;
}

function ensureSecretsFile(path: string): void {
  if (existsSync(path)) return;
  writeFileSync(path, JSON.stringify({ receiptKey: randomBytes(32).toString('base64') }), { mode: 0o600 });
}

export async function startLocalRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const tableName = opts.tableName ?? 'cong-minh';
  const secretsFile = join(dataDir, 'secrets.json');
  ensureSecretsFile(secretsFile);

  const dynamoLocal = opts.dynamoEndpoint ? null : await startDynamoLocal(join(dataDir, 'dynamodb'));
  const dynamoEndpoint = opts.dynamoEndpoint ?? dynamoLocal!.endpoint;
  setLocalEnv({
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    [ENV.tableName]: tableName,
    [ENV.dynamoEndpoint]: dynamoEndpoint,
    [ENV.localSecretsFile]: secretsFile,
    ...(opts.submitLimits
      ? { [ENV.submitLimits]: `${opts.submitLimits.perClient}/${opts.submitLimits.global}` }
      : {}),
    [ENV.localMasterKeyFile]: join(dataDir, 'master.key'),
    [ENV.clientId]: LOCAL_CLIENT_ID,
    [ENV.localUsersFile]: join(dataDir, 'users.json'),
    [ENV.openApiFile]: writeOpenApi(dataDir),
  });
  if (opts.clock) useClock(opts.clock);
  const dynamo = new DynamoDBClient({ endpoint: dynamoEndpoint });
  await ensureTable(dynamo, tableName);

  const outboxFile = join(dataDir, `outbox-${tableName}.jsonl`);
  setLocalEnv({ [ENV.localOutboxFile]: outboxFile });
  const checkpointFile = join(dataDir, `checkpoints-${tableName}.jsonl`);
  setLocalEnv({
    [ENV.localCheckpointFile]: checkpointFile,
    [ENV.localAnchorKeyFile]: join(dataDir, 'anchor-key.pem'),
  });

  installKeyPolicy();
  // Each function runs in its own scope, so the key policy holds it to its own needs.
  const load = async (t: TaskFunction): Promise<TaskHandler> => {
    const mod = (await import(`../../functions/${t.entry}`)) as {
      handler: (e: unknown, c: unknown) => Promise<unknown>;
    };
    return (input) =>
      routeScope.run(t.id, () => mod.handler(input, lambdaContext(t.name, (t.timeoutSeconds ?? 29) * 1000)));
  };
  const lambdas: Record<string, TaskHandler> = {};
  for (const t of Object.values(taskFunctions))
    lambdas[localFunctionArn(FUNCTION_PREFIX, t.name)] = await load(t);
  const alertArn = localFunctionArn(FUNCTION_PREFIX, scheduledFunctions.deadlineAlert.name);
  const scheduler = new LocalScheduler({
    journal: join(dataDir, `schedules-${tableName}.jsonl`),
    targets: { [alertArn]: await load(scheduledFunctions.deadlineAlert) },
    realTime: opts.realTimeAlerts ?? true,
  });
  setLocalEnv({
    [ENV.schedulerEndpoint]: await scheduler.listen(),
    [ENV.schedulerGroup]: 'cong-minh-deadlines',
    [ENV.schedulerRoleArn]: `arn:aws:iam::${LOCAL_ACCOUNT}:role/local-scheduler`,
    [ENV.alertFunctionArn]: alertArn,
  });
  // Functions the API invokes synchronously, behind the Lambda Invoke API.
  const lambdaService = new LocalLambdaService(
    Object.fromEntries(
      await Promise.all(
        Object.values(invokedFunctions).map(async (f) => {
          const run = await load(f);
          return [
            `${FUNCTION_PREFIX}-${f.name}`,
            (e: unknown) => run(e as Parameters<TaskHandler>[0]),
          ] as const;
        }),
      ),
    ),
  );
  setLocalEnv({
    [ENV.lambdaEndpoint]: await lambdaService.listen(),
    [ENV.renderFunction]: `${FUNCTION_PREFIX}-${invokedFunctions.renderDocument.name}`,
  });
  const stateMachineArn = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:case-lifecycle`;
  const sfn = new LocalStepFunctions({
    stateMachineArn,
    asl: caseLifecycleAsl({ tableName, functionPrefix: FUNCTION_PREFIX }),
    lambdas,
    dynamo,
    stateFile: join(dataDir, `executions-${tableName}.jsonl`),
    retryIntervalMs: opts.retryIntervalMs,
  });
  setLocalEnv({ [ENV.sfnEndpoint]: await sfn.listen(), [ENV.stateMachineArn]: stateMachineArn });

  // DynamoDB Streams → the metrics projector, as the event source mapping does in AWS.
  const projector = (await import('../../functions/streams/metrics-projector.js')) as {
    handler: StreamHandler;
  };
  const metrics = startStreamPoller({
    endpoint: dynamoEndpoint,
    tableName,
    handler: (e) => routeScope.run(streamFunctions.metricsProjector.id, () => projector.handler(e)),
    checkpointFile: join(dataDir, `stream-${tableName}.json`),
  });

  // The same stream → the audit anchor: every event's hash signed into the checkpoint log.
  const anchor = (await import('../../functions/streams/audit-anchor.js')) as { handler: StreamHandler };
  const anchors = startStreamPoller({
    endpoint: dynamoEndpoint,
    tableName,
    handler: (e) => routeScope.run(streamFunctions.auditAnchor.id, () => anchor.handler(e)),
    checkpointFile: join(dataDir, `stream-anchor-${tableName}.json`),
    intervalMs: 200,
  });

  const compiled = await Promise.all(
    routes.map(async (r) => {
      const mod = (await import(`../../functions/http/${r.entry}`)) as { handler: ApiHandler };
      return compileRoute(r, mod.handler);
    }),
  );
  const site = staticSite(fileURLToPath(new URL('../../web/dist', import.meta.url)));
  const blobDir = join(dataDir, `blobs-${tableName}`);
  const blobs = blobRoute(blobDir, localBlobKey);
  // The issuer names the port, so sign-in is opened once the port is known.
  let signIn: LocalSignIn | undefined;
  let admission: string | null = opts.holdUntilReady ? randomBytes(16).toString('hex') : null;
  const admissionHeaders: Record<string, string> = admission ? { [ADMISSION_HEADER]: admission } : {};
  const server = createGateway({
    routes: compiled,
    admission: () => admission,
    get signIn() {
      return signIn!;
    },
    extra: async (req, res, url) =>
      (await blobs(req, res, url)) ||
      (await outboxPage(req, res, url, outboxFile, async (u, p) => Boolean(await signIn!.issue(u, p)))) ||
      site(req, res, url),
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((r, j) => {
    server.once('error', j);
    server.listen(opts.port, host, r);
  });
  const { port } = server.address() as { port: number };
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host === '127.0.0.1' ? 'localhost' : host}:${port}`;
  const issuer = `${url}/api/local/auth`;
  signIn = await LocalSignIn.open(join(dataDir, 'jwt-signing-key.json'), join(dataDir, 'users.json'), issuer);
  setLocalEnv({
    [ENV.issuer]: issuer,
    [ENV.jwksUrl]: `http://127.0.0.1:${port}/api/local/auth/jwks.json`,
    [ENV.publicBaseUrl]: url,
    [ENV.localBlobDir]: blobDir,
    // Relative, like the page's own requests: the site works whether opened as localhost or 127.0.0.1.
    [ENV.localBlobUrl]: BLOB_PREFIX.slice(0, -1),
  });
  sfn.resumeRunning();
  const recount = await load(scheduledFunctions.recountDeadlines);
  // As the hourly rule does in AWS (00:30 in Hà Nội); the first run is `npm start`'s, once ready.
  const hourly =
    opts.realTimeAlerts === false
      ? undefined
      : setInterval(() => void recount({}).catch(() => {}), 86_400_000);
  hourly?.unref();
  const info: RuntimeInfo = { pid: process.pid, dynamoEndpoint, tableName, url };
  writeFileSync(join(dataDir, RUNTIME_FILE), JSON.stringify(info));

  return {
    url,
    apiUrl: `${url}/api`,
    dataDir,
    tableName,
    dynamoEndpoint,
    taskArn: (name) => localFunctionArn(FUNCTION_PREFIX, name),
    sfn,
    metrics,
    anchors,
    checkpointFile,
    workflowDynamo: dynamo,
    scheduler,
    lambdas: lambdaService,
    outboxFile,
    signIn,
    server,
    admission: admissionHeaders,
    recountDeadlines: () => recount({}) as Promise<RecountResult>,
    ready() {
      admission = null;
    },
    async stop() {
      if (hourly) clearInterval(hourly);
      // Workflows first: they call the scheduler and DynamoDB.
      await sfn.stop();
      await scheduler.stop();
      await lambdaService.stop();
      await metrics.stop();
      await anchors.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      dynamo.destroy();
      await dynamoLocal?.stop();
    },
  };
}

/** The OpenAPI document the local API serves, built from the route table as the CDK app builds it. */
function writeOpenApi(dataDir: string): string {
  const file = join(dataDir, 'openapi.json');
  writeFileSync(file, JSON.stringify(openApiDocument(API_PREFIX)));
  return file;
}
