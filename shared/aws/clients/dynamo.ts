import { DynamoDBClient, type ServiceInputTypes, type ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Pluggable } from '@smithy/types';
import { ENV } from '../../lambda/config.js';
import { once } from '../once.js';

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
