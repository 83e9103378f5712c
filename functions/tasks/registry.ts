/**
 * Workflow task functions. The CDK workflow stack makes one Lambda per entry; the local runner maps
 * the same names to the same modules.
 */
export interface TaskFunction {
  id: string;
  /** Function name suffix; locally the ARN `arn:aws:lambda:…:function:<prefix>-<name>` identifies it. */
  name: string;
  entry: string;
}

export const taskFunctions = {
  loadCase: { id: 'LoadCaseFn', name: 'load-case', entry: 'case-lifecycle/load-case.ts' },
  closeCase: { id: 'CloseCaseFn', name: 'close-case', entry: 'case-lifecycle/close-case.ts' },
} as const satisfies Record<string, TaskFunction>;
