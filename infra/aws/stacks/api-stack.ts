/**
 * The HTTP API: one function per route (functions/http/routes.ts), a JWT authorizer on every staff
 * route (Cognito access tokens), access logs, throttling.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { invokedFunctions } from '../../../functions/tasks/registry.js';
import { openApiDocument } from '../../../shared/api/openapi.js';
import { GetOpenApi } from '../../../shared/api/routes/public.js';
import { routes } from '../../../shared/api/routes.js';
import { FONT_FILES } from '../../../shared/documents/fonts.js';
import { ENV } from '../../../shared/lambda/config.js';
import { grantNeeds } from '../constructs/bindings.js';
import { HouseFunction } from '../constructs/house-function.js';
import { siteUrl } from '../context.js';
import type { AuthStack } from './auth-stack.js';
import type { DataStack } from './data-stack.js';

const require = createRequire(import.meta.url);

export interface ApiStackProps extends StackProps {
  data: DataStack;
  auth: AuthStack;
}

export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** CloudFront adds it to every request it forwards; the functions refuse requests without it. */
  readonly originVerify: Secret;

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
    this.originVerify = new Secret(this, 'OriginVerify', {
      description: 'Sent by CloudFront to the API origin; requests without it are refused',
      generateSecretString: { excludePunctuation: true, passwordLength: 48 },
    });
    const jwtEnv = {
      [ENV.issuer]: props.auth.issuer,
      [ENV.jwksUrl]: `${props.auth.issuer}/.well-known/jwks.json`,
      [ENV.clientId]: props.auth.webClient.userPoolClientId,
      // Only through CloudFront: the execute-api address answers 403 to anyone else.
      [ENV.originVerify]: this.originVerify.secretValue.unsafeUnwrap(),
      // The site's address for tracking links: configured (-c siteUrl=…), else the host the viewer used.
      ...(siteUrl(this) ? { [ENV.publicBaseUrl]: siteUrl(this)! } : {}),
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
    grantNeeds(renderer, invokedFunctions.renderDocument.needs, { data: props.data });
    // The OpenAPI document is data from the route table: written now, copied beside its function.
    const openApiFile = join(mkdtempSync(join(tmpdir(), 'cm-openapi-')), 'openapi.json');
    writeFileSync(openApiFile, JSON.stringify(openApiDocument('/api')));
    for (const route of routes) {
      const serves = route.id === GetOpenApi.id;
      const fn = new HouseFunction(this, route.id, {
        entry: `http/${route.entry}`,
        environment: serves ? { ...jwtEnv, [ENV.openApiFile]: '/var/task/openapi.json' } : jwtEnv,
        timeout: Duration.seconds(10),
        ...(serves ? { copyFiles: [openApiFile] } : {}),
      }).fn;
      grantNeeds(fn, route.needs, { data: props.data, userPool: props.auth.userPool, renderer });
      this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${route.id}Integration`, fn),
        authorizer: route.audience === 'staff' ? authorizer : undefined,
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint });
  }
}
