/**
 * The web app from a private S3 bucket behind CloudFront (origin access control), with the same
 * security headers as locally plus HSTS, and /api/* routed to the HTTP API so pages and API share
 * one origin (the pages make no other requests).
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { homePage, webPages } from '../../../shared/web/pages.js';
import { contentSecurityPolicy } from '../../local/static.js';
import type { ApiStack } from './api-stack.js';
import type { DataStack } from './data-stack.js';

export interface WebStackProps extends StackProps {
  api: ApiStack;
  data: DataStack;
  /** The edge's WAF (rate-based rules per viewer address), from the us-east-1 edge stack. */
  webAclArn?: string;
}

/** Page paths without a file name get their page's index.html (as the local server does). */
const pagesCode = `function handler(event) {
  var r = event.request;
  if (r.uri.indexOf('.') === -1) {
    var page = r.uri.split('/')[1];
    r.uri = '/' + (${JSON.stringify(webPages)}.indexOf(page) >= 0 ? page : '${homePage}') + '/index.html';
  }
  return r;
}`;

/** The API is served at the root of its own origin; the site calls it under /api. */
const stripApiCode = `function handler(event) {
  var r = event.request;
  r.uri = r.uri.replace(/^\\/api/, '') || '/';
  // The API builds tracking links on the site's own address, which the origin request cannot carry.
  r.headers['x-cm-site-host'] = { value: r.headers.host ? r.headers.host.value : '' };
  return r;
}`;

export class WebStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, { ...props, crossRegionReferences: props.webAclArn !== undefined });
    this.bucket = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // Filers' documents are PUT straight to the attachment bucket's presigned URLs.
          contentSecurityPolicy: contentSecurityPolicy(
            `https://${props.data.attachments.bucketRegionalDomainName}`,
          ),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });
    const pages = new CloudFrontFunction(this, 'Pages', {
      code: FunctionCode.fromInline(pagesCode),
      runtime: FunctionRuntime.JS_2_0,
    });
    const stripApi = new CloudFrontFunction(this, 'StripApiPrefix', {
      code: FunctionCode.fromInline(stripApiCode),
      runtime: FunctionRuntime.JS_2_0,
    });
    this.distribution = new Distribution(this, 'Cdn', {
      comment: 'Công Minh web',
      webAclId: props.webAclArn,
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
        functionAssociations: [{ function: pages, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(`${props.api.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`, {
            customHeaders: { 'x-cm-origin-verify': props.api.originVerify.secretValue.unsafeUnwrap() },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
          functionAssociations: [{ function: stripApi, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });
    new CfnOutput(this, 'SiteBucket', { value: this.bucket.bucketName });
    new CfnOutput(this, 'SiteUrl', { value: `https://${this.distribution.distributionDomainName}` });
  }
}
