/**
 * The HTTP API: one function per route (functions/http/routes.ts), a JWT authorizer on every staff
 * route (Cognito access tokens), access logs, throttling.
 */

import { createRequire } from 'node:module';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { type Route, routes } from '../../../functions/http/routes.js';
import { invokedFunctions } from '../../../functions/tasks/registry.js';
import { FONT_FILES } from '../../../shared/documents/fonts.js';
import { ENV } from '../../../shared/lambda/config.js';
import {
  bindAttachments,
  bindCheckpoints,
  bindDocuments,
  bindReceiptSecret,
  bindRenderer,
  bindTable,
  bindVault,
  bindWorkflow,
} from '../constructs/bindings.js';
import { HouseFunction } from '../constructs/house-function.js';
import type { AuthStack } from './auth-stack.js';
import type { DataStack } from './data-stack.js';

const require = createRequire(import.meta.url);

export interface ApiStackProps extends StackProps {
  data: DataStack;
  auth: AuthStack;
}

/** What each route's code touches; bindings grant exactly that. */
function bind(route: Route, fn: NodejsFunction, data: DataStack, auth: AuthStack, renderer: IFunction): void {
  switch (route.id) {
    case 'PostWithdraw':
      bindTable(fn, data, 'readWrite');
      bindReceiptSecret(fn, data);
      bindWorkflow(fn, { start: true, callback: true });
      return;
    case 'PostMessage':
      bindTable(fn, data, 'readWrite');
      bindReceiptSecret(fn, data);
      bindAttachments(fn, data, 'read');
      return;
    case 'PostAttachment':
      bindTable(fn, data, 'readWrite');
      bindAttachments(fn, data, 'upload');
      return;
    case 'GetAttachment':
      bindTable(fn, data, 'read');
      bindAttachments(fn, data, 'read');
      return;
    case 'PostCase':
      bindTable(fn, data, 'readWrite');
      bindAttachments(fn, data, 'read');
      bindVault(fn, data, 'seal');
      bindReceiptSecret(fn, data);
      bindWorkflow(fn, { start: true });
      return;
    case 'GetPublicCase':
      bindTable(fn, data, 'readAndCount');
      bindReceiptSecret(fn, data);
      return;
    case 'RevealIdentity':
    case 'PrintLetter':
      bindTable(fn, data, 'readWrite');
      bindVault(fn, data, 'open');
      return;
    case 'GetCommittees':
    case 'PutCommittee':
      bindTable(fn, data, 'readWrite');
      return;
    case 'PostPasswordReset':
      bindTable(fn, data, 'readWrite');
      fn.addEnvironment(ENV.userPoolId, auth.userPool.userPoolId);
      auth.userPool.grant(fn, 'cognito-idp:AdminResetUserPassword');
      return;
    case 'GetStaff':
    case 'PutStaff':
    case 'ApproveGrant':
      bindTable(fn, data, 'readWrite');
      fn.addEnvironment(ENV.userPoolId, auth.userPool.userPoolId);
      auth.userPool.grant(
        fn,
        'cognito-idp:ListUsers',
        'cognito-idp:AdminListGroupsForUser',
        ...(route.id !== 'GetStaff'
          ? [
              'cognito-idp:AdminCreateUser',
              'cognito-idp:AdminUpdateUserAttributes',
              'cognito-idp:AdminAddUserToGroup',
              'cognito-idp:AdminRemoveUserFromGroup',
            ]
          : []),
      );
      return;
    case 'PostAction':
      bindTable(fn, data, 'readWrite');
      bindWorkflow(fn, { start: true, callback: true });
      bindRenderer(fn, renderer);
      return;
    case 'GetDocument':
      bindTable(fn, data, 'read');
      bindDocuments(fn, data, 'read');
      return;
    case 'GetPublicDocument':
      bindTable(fn, data, 'readAndCount');
      bindReceiptSecret(fn, data);
      bindDocuments(fn, data, 'read');
      return;
    case 'VerifyAudit':
    case 'VerifyAdminLog':
      bindTable(fn, data, 'read');
      bindCheckpoints(fn, data, 'read');
      return;
    case 'GetPublicCommittees':
    case 'GetAdminLog':
    case 'GetGrants':
    case 'GetMetrics':
    case 'GetReport':
    case 'ListCases':
    case 'GetCase':
    case 'GetAudit':
    case 'GetPrintJobs':
    case 'GetDocuments':
      bindTable(fn, data, 'read');
      return;
    default:
      return;
  }
}

export class ApiStack extends Stack {
  readonly api: HttpApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    this.api = new HttpApi(this, 'Api', {
      apiName: 'cong-minh',
      createDefaultStage: true,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const stage = this.api.defaultStage!.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // No query strings or paths with receipts: only route, status and timing.
      format: JSON.stringify({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
      }),
    };
    stage.defaultRouteSettings = { throttlingBurstLimit: 200, throttlingRateLimit: 100 };

    const authorizer = new HttpJwtAuthorizer('StaffJwt', props.auth.issuer, {
      jwtAudience: [props.auth.webClient.userPoolClientId],
      identitySource: ['$request.header.Authorization'],
    });
    const jwtEnv = {
      [ENV.issuer]: props.auth.issuer,
      [ENV.jwksUrl]: `${props.auth.issuer}/.well-known/jwks.json`,
      [ENV.clientId]: props.auth.webClient.userPoolClientId,
      [ENV.publicBaseUrl]: this.api.apiEndpoint,
    };
    // Decision documents are rendered in their own function, so pdfkit and the fonts stay out of
    // the request path's bundles; the action function invokes it synchronously.
    const fontFiles = FONT_FILES.map((f) => require.resolve(`@expo-google-fonts/noto-serif/${f}`));
    const renderer = new HouseFunction(this, invokedFunctions.renderDocument.id, {
      entry: invokedFunctions.renderDocument.entry,
      environment: { [ENV.fontDir]: '/var/task' },
      timeout: Duration.seconds(30),
      memorySize: 1024,
      copyFiles: fontFiles,
    }).fn;
    bindDocuments(renderer, props.data, 'write');
    for (const route of routes) {
      const fn = new HouseFunction(this, route.id, {
        entry: `http/${route.entry}`,
        environment: jwtEnv,
        timeout: Duration.seconds(10),
      }).fn;
      bind(route, fn, props.data, props.auth, renderer);
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
        authorizer: route.auth === 'staff' ? authorizer : undefined,
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
  }
}
