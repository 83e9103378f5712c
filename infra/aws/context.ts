/** CDK context shared by the CLI app and the infra tests. */
export const appContext = {
  '@aws-cdk/core:validateAgainstDefaultRules': true,
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
};
