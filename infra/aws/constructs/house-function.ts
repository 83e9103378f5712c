/**
 * The Lambda house defaults in one place: Node 22 on arm64, minified ESM bundle with source maps,
 * AWS SDK external, X-Ray tracing, JSON logs kept for a bounded time.
 */
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface HouseFunctionProps {
  /** Path relative to the repository's functions/ folder, e.g. `http/public/post-case.ts`. */
  entry: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Files copied beside the bundle (the document fonts), found through `CM_FONT_DIR`-like variables. */
  copyFiles?: string[];
}

const functionsDir = fileURLToPath(new URL('../../../functions/', import.meta.url));

export class HouseFunction extends Construct {
  readonly fn: NodejsFunction;

  constructor(scope: Construct, id: string, props: HouseFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.fn = new NodejsFunction(this, 'Fn', {
      entry: `${functionsDir}${props.entry}`,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'cong-minh',
        ...props.environment,
      },
      bundling: {
        minify: true,
        sourceMap: true,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        externalModules: ['@aws-sdk/*'],
        banner: "import{createRequire}from'module';const require=createRequire(import.meta.url);",
        ...(props.copyFiles?.length
          ? {
              commandHooks: {
                beforeBundling: () => [],
                beforeInstall: () => [],
                afterBundling: (_in: string, out: string) =>
                  props.copyFiles!.map((f) => `cp "${f}" "${out}/"`),
              },
            }
          : {}),
      },
    });
  }
}
