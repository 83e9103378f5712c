/**
 * SDK clients, created once per process on first use (module scope, lazily so that the endpoint
 * overrides of the local runtime are read after they are set).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV, optionalEnv } from '../lambda/config.js';

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

export const dynamo = once(() => {
  const endpoint = optionalEnv(ENV.dynamoEndpoint);
  const client = new DynamoDBClient(endpoint ? { endpoint, maxAttempts: 3 } : { maxAttempts: 3 });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
});

export const sfn = once(() => {
  const endpoint = optionalEnv(ENV.sfnEndpoint);
  return new SFNClient(endpoint ? { endpoint } : {});
});

export const kms = once(() => new KMSClient({}));
export const secretsManager = once(() => new SecretsManagerClient({}));
