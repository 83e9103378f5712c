/** CDK context shared by the CLI app and the infra tests. */
export const appContext = {
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};

/** The site's public address (`-c siteUrl=https://…`), for links in notices; absent: the CloudFront host. */
export function siteUrl(scope: import('constructs').IConstruct): string | undefined {
  const v = scope.node.tryGetContext('siteUrl') as string | undefined;
  return v ? v.replace(/\/$/, '') : undefined;
}
