/**
 * Workflow, scheduled, invoked and stream functions. The CDK stacks make one Lambda per entry and
 * grant it what it declares it needs; the local runner maps the same names to the same modules and
 * holds them to the same table key prefixes.
 */
import type { Needs } from '../../shared/api/needs.js';

export interface TaskFunction {
  id: string;
  /** Function name suffix; locally the ARN `arn:aws:lambda:…:function:<prefix>-<name>` identifies it. */
  name: string;
  /** Module under functions/, exporting `handler`. */
  entry: string;
  needs: Needs;
  /** The function's timeout where it is not the house default (the CDK app and the local runner). */
  timeoutSeconds?: number;
}

export const taskFunctions = {
  advance: {
    id: 'AdvanceFn',
    name: 'advance',
    entry: 'tasks/case-lifecycle/advance.ts',
    needs: {
      table: { read: ['REF#'], write: ['CASE#', 'CASES#'] },
      vault: 'open',
      email: true,
      schedules: true,
    },
  },
} as const satisfies Record<string, TaskFunction>;

export const scheduledFunctions = {
  deadlineAlert: {
    id: 'DeadlineAlertFn',
    name: 'deadline-alert',
    entry: 'scheduled/deadline-alert.ts',
    needs: { table: { write: ['CASE#'] }, email: true },
  },
  /** Hourly: open cases counted with an older calendar edition are advanced (as the Advance task does). */
  recountDeadlines: {
    id: 'RecountDeadlinesFn',
    name: 'recount-deadlines',
    entry: 'scheduled/recount-deadlines.ts',
    timeoutSeconds: 900,
    needs: {
      table: { read: ['REF#', 'OPEN#', 'CONFIG#'], write: ['CASE#', 'CASES#'] },
      vault: 'open',
      email: true,
      schedules: true,
    },
  },
} as const satisfies Record<string, TaskFunction>;

/** Functions the API invokes synchronously (Lambda Invoke; locally the Lambda stand-in). */
export const invokedFunctions = {
  renderDocument: {
    id: 'RenderDocumentFn',
    name: 'render-document',
    entry: 'tasks/documents/render-document.ts',
    needs: { documents: 'write' },
  },
} as const satisfies Record<string, TaskFunction>;

/** Consumers of the table's stream. */
export const streamFunctions = {
  metricsProjector: {
    id: 'MetricsProjector',
    name: 'metrics-projector',
    entry: 'streams/metrics-projector.ts',
    needs: { table: { read: ['CASE#'], write: ['METRIC#'] } },
  },
  /** Reads the stream and signs; no right on the table (DESIGN.md §3). */
  auditAnchor: {
    id: 'AuditAnchor',
    name: 'audit-anchor',
    entry: 'streams/audit-anchor.ts',
    needs: { checkpoints: 'append' },
  },
} as const satisfies Record<string, TaskFunction>;
