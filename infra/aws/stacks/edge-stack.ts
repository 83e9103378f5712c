/**
 * The edge's own abuse limits: a WAF web ACL on CloudFront (hence in us-east-1), with rate-based
 * rules per viewer address, before any request reaches a function. On by default; `-c waf=off`
 * leaves it out, `-c wafPublicLimit=…` and `-c wafLimit=…` set the limits (requests per five
 * minutes per address). The application's own token buckets stay behind it (DESIGN.md §3).
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

export interface EdgeLimits {
  /** Requests per five minutes per address on /api/public/* (filing, tracking, uploads). */
  publicPer5Min: number;
  /** Requests per five minutes per address on the whole site. */
  allPer5Min: number;
}

export const DEFAULT_EDGE_LIMITS: EdgeLimits = { publicPer5Min: 300, allPer5Min: 3_000 };

const visibility = (metricName: string) => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

export class EdgeStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: StackProps & { limits: EdgeLimits }) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('cong-minh-edge'),
      rules: [
        {
          name: 'PublicApiPerAddress',
          priority: 0,
          action: { block: { customResponse: { responseCode: 429 } } },
          visibilityConfig: visibility('cong-minh-public-api'),
          statement: {
            rateBasedStatement: {
              limit: props.limits.publicPer5Min,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  searchString: '/api/public/',
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
        },
        {
          name: 'AllPerAddress',
          priority: 1,
          action: { block: { customResponse: { responseCode: 429 } } },
          visibilityConfig: visibility('cong-minh-all'),
          statement: {
            rateBasedStatement: {
              limit: props.limits.allPer5Min,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
        },
      ],
    });
    this.webAclArn = acl.attrArn;
  }
}

/** The limits from the CDK context, or null where the WAF is turned off (`-c waf=off`). */
export function edgeLimits(scope: Construct): EdgeLimits | null {
  const ctx = (k: string) => scope.node.tryGetContext(k) as string | undefined;
  if (ctx('waf') === 'off') return null;
  return {
    publicPer5Min: Number(ctx('wafPublicLimit') ?? DEFAULT_EDGE_LIMITS.publicPer5Min),
    allPer5Min: Number(ctx('wafLimit') ?? DEFAULT_EDGE_LIMITS.allPer5Min),
  };
}
