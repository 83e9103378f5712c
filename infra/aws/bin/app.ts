/** The CDK app: stacks compose; stateful resources live in their own retained stack. */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { appContext } from '../context.js';
import { acknowledgeFindings } from '../nag.js';
import { buildStacks } from '../stacks/index.js';

const app = new App({ context: appContext });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
const stacks = buildStacks(app, {
  account: process.env.CDK_DEFAULT_ACCOUNT,
  region: process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-1',
});
acknowledgeFindings(stacks);
app.synth();
