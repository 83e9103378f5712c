/**
 * DynamoDB Streams → metric counters. Only inserted audit events (`EVT#…`) are read; a failed event
 * is reported so the stream retries it (and only what follows it), and a retried event that was
 * already counted is skipped by the projector's marker.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { projectEvents } from '../../shared/cases/project-metrics.js';
import type { ProjectedEvent } from '../../shared/domain/metrics.js';
import { clock, store } from '../../shared/lambda/deps.js';
import { logger } from '../../shared/lambda/logger.js';

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const events: { id: string; e: ProjectedEvent }[] = [];
  for (const r of event.Records) {
    const image = r.dynamodb?.NewImage;
    if (r.eventName !== 'INSERT' || !image || !String(image.SK?.S ?? '').startsWith('EVT#')) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    events.push({
      id: r.dynamodb?.SequenceNumber ?? '',
      e: {
        caseId: String(item.caseId),
        seq: Number(item.seq),
        at: String(item.at),
        action: String(item.action),
        from: (item.from as string | null) ?? null,
        to: (item.to as string | null) ?? null,
        data: (item.data as Record<string, unknown>) ?? {},
      },
    });
  }
  try {
    const r = await projectEvents(
      store(),
      events.map((x) => x.e),
      clock(),
    );
    if (events.length) logger.debug('metrics projected', { ...r });
    return { batchItemFailures: [] };
  } catch (err) {
    // Retry the whole batch: what was already counted is skipped by its marker.
    logger.error('metrics projection failed', { error: (err as Error).name });
    return { batchItemFailures: events.length ? [{ itemIdentifier: events[0]!.id }] : [] };
  }
}
