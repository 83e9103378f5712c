/**
 * Workflow and scheduled task functions. The CDK stacks make one Lambda per entry; the local runner
 * maps the same names to the same modules.
 */
export interface TaskFunction {
  id: string;
  /** Function name suffix; locally the ARN `arn:aws:lambda:…:function:<prefix>-<name>` identifies it. */
  name: string;
  /** Module under functions/, exporting `handler`. */
  entry: string;
}

export const taskFunctions = {
  advance: { id: 'AdvanceFn', name: 'advance', entry: 'tasks/case-lifecycle/advance.ts' },
} as const satisfies Record<string, TaskFunction>;

export const scheduledFunctions = {
  deadlineAlert: { id: 'DeadlineAlertFn', name: 'deadline-alert', entry: 'scheduled/deadline-alert.ts' },
} as const satisfies Record<string, TaskFunction>;

/** Functions the API invokes synchronously (Lambda Invoke; locally the Lambda stand-in). */
export const invokedFunctions = {
  renderDocument: {
    id: 'RenderDocumentFn',
    name: 'render-document',
    entry: 'tasks/documents/render-document.ts',
  },
} as const satisfies Record<string, TaskFunction>;
