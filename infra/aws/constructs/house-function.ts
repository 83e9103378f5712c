/**
 * The Lambda house defaults in one place: Node 22 on arm64, minified ESM bundle with source maps and
 * code splitting (bundle.ts: rare paths load as chunks), AWS SDK external, X-Ray tracing, JSON logs
 * kept for a bounded time. Bundled by esbuild in the CDK process (no Docker).
 */
import { copyFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFunctionSync } from './bundle.js';

export interface HouseFunctionProps {
  /** Path relative to the repository's functions/ folder, e.g. `http/public/post-case.ts`. */
  entry: string;
  environment?: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
  /** Files copied beside the bundle (the document fonts, the OpenAPI document). */
  copyFiles?: string[];
  /** At most this many at once (a scheduled job that must not overlap itself). */
  reservedConcurrentExecutions?: number;
}

const functionsDir = fileURLToPath(new URL('../../../functions/', import.meta.url));

export class HouseFunction extends Construct {
  readonly fn: LambdaFunction;

  constructor(scope: Construct, id: string, props: HouseFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.THREE_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const entry = `${functionsDir}${props.entry}`;
    const code = Code.fromAsset(functionsDir, {
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never run: the local bundler below always answers. CDK requires an image, and keys its
        // bundling cache on these options (not on `local`): the command names what is built.
        image: DockerImage.fromRegistry('public.ecr.aws/sam/build-nodejs22.x'),
        command: ['esbuild', props.entry, ...(props.copyFiles ?? [])],
        local: {
          tryBundle(outputDir: string) {
            bundleFunctionSync(entry, outputDir);
            for (const f of props.copyFiles ?? []) copyFileSync(f, `${outputDir}/${basename(f)}`);
            return true;
          },
        },
      },
    });
    this.fn = new LambdaFunction(this, 'Fn', {
      code,
      handler: 'index.handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });
  }
}
