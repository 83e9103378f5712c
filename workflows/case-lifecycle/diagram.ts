/**
 * `npm run workflow:diagram`: the case-lifecycle state machine as a Mermaid state diagram, drawn
 * from the ASL that CDK produces (so it cannot drift from the deployed definition).
 */
import { caseLifecycleAsl } from './asl.js';

interface State {
  Type: string;
  Next?: string;
  End?: boolean;
  Choices?: { Next: string; StringEquals?: string; Variable?: string }[];
  Default?: string;
  Catch?: { ErrorEquals: string[]; Next: string }[];
  Resource?: string;
}

export function mermaid(asl: { StartAt: string; States: Record<string, State> }): string {
  const lines = ['stateDiagram-v2', `  [*] --> ${asl.StartAt}`];
  for (const [name, s] of Object.entries(asl.States)) {
    if (s.Type === 'Task')
      lines.push(
        `  ${name}: ${name}\\n${(s.Resource ?? '').replace(/^arn:aws:(states:::|lambda:.*:function:)/, '')}`,
      );
    if (s.Next) lines.push(`  ${name} --> ${s.Next}`);
    for (const ch of s.Choices ?? [])
      lines.push(`  ${name} --> ${ch.Next}: ${ch.Variable ?? ''} = ${ch.StringEquals ?? ''}`);
    if (s.Default) lines.push(`  ${name} --> ${s.Default}: otherwise`);
    for (const c of s.Catch ?? []) lines.push(`  ${name} --> ${c.Next}: ${c.ErrorEquals.join(', ')}`);
    if (s.Type === 'Succeed' || s.Type === 'Fail' || s.End) lines.push(`  ${name} --> [*]`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asl = caseLifecycleAsl({
    tableName: 'cong-minh-cases',
    functionPrefix: 'cong-minh',
  }) as unknown as Parameters<typeof mermaid>[0];
  console.log('```mermaid');
  console.log(mermaid(asl));
  console.log('```');
}
