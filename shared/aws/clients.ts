/**
 * SDK clients, created once per process on first use (module scope, lazily so that the endpoint
 * overrides of the local runtime are read after they are set).
 */
import { DynamoDBClient, type ServiceInputTypes, type ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SFNClient } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Pluggable } from '@smithy/types';
import { ENV, optionalEnv } from '../lambda/config.js';

/** One client per process, re-created only if its endpoint setting changes (a local runtime restarted in-process). */
function once<T>(make: (endpoint: string | undefined) => T, endpointVar?: string): () => T {
  let value: { endpoint: string | undefined; client: T } | undefined;
  return () => {
    const endpoint = endpointVar ? optionalEnv(endpointVar) : undefined;
    if (!value || value.endpoint !== endpoint) value = { endpoint, client: make(endpoint) };
    return value.client;
  };
}

/** Plugins every DynamoDB client of this process gets (the local runtime's key policy, the bench's counters). */
const dynamoPlugins: Pluggable<ServiceInputTypes, ServiceOutputTypes>[] = [];

export function useDynamoPlugin(plugin: Pluggable<ServiceInputTypes, ServiceOutputTypes>): void {
  dynamoPlugins.push(plugin);
}

export const dynamo = once((endpoint) => {
  const client = new DynamoDBClient(endpoint ? { endpoint, maxAttempts: 3 } : { maxAttempts: 3 });
  for (const p of dynamoPlugins) client.middlewareStack.use(p);
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}, ENV.dynamoEndpoint);

export const sfn = once((endpoint) => new SFNClient(endpoint ? { endpoint } : {}), ENV.sfnEndpoint);

export const scheduler = once(
  (endpoint) => new SchedulerClient(endpoint ? { endpoint } : {}),
  ENV.schedulerEndpoint,
);

export const ses = once(() => new SESv2Client({}));

export const kms = once(() => new KMSClient({}));
export const secretsManager = once(() => new SecretsManagerClient({}));
