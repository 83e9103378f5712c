/**
 * DynamoDB Streams → the checkpoint log. Every inserted or rewritten audit event (`EVT#…` of a case or
 * of the admin log) has its hash signed and appended, so verify can tell a rewrite from the record.
 * This function reads the stream and signs; it cannot write the table, and nothing else can sign.
 * A rewrite that reaches the stream is anchored too: verify keeps the first hash of each number and
 * reports any later, different one.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { ADMIN_LOG, caseLog, checkpointsFor } from '../../shared/audit/anchor.js';
import { checkpointLog } from '../../shared/audit/deps.js';
import { clock } from '../../shared/lambda/deps.js';
import { logger } from '../../shared/lambda/logger.js';
import { keys } from '../../shared/store/keys.js';

const HASH = /^[0-9a-f]{64}$/;

export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const heads: { log: string; seq: number; headHash: string }[] = [];
  for (const r of event.Records) {
    const image = r.dynamodb?.NewImage;
    if (!image || (r.eventName !== 'INSERT' && r.eventName !== 'MODIFY')) continue;
    const pk = String(image.PK?.S ?? '');
    if (!String(image.SK?.S ?? '').startsWith(keys.eventPrefix)) continue;
    const log = pk.startsWith('CASE#') ? caseLog(pk.slice(5)) : pk === keys.adminLogPK ? ADMIN_LOG : null;
    if (!log) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    const seq = Number(item.seq);
    const hash = String(item.hash ?? '');
    // Whatever the table holds is anchored as it is; a malformed event is verify's finding.
    if (!Number.isInteger(seq) || seq < 1 || !HASH.test(hash)) {
      logger.warn('audit event not anchorable', { log, sk: String(image.SK?.S) });
      continue;
    }
    heads.push({ log, seq, headHash: hash });
  }
  if (heads.length === 0) return { batchItemFailures: [] };
  try {
    const log = checkpointLog();
    await log.append(checkpointsFor(heads, clock().toISOString(), await log.keyId()));
    logger.debug('anchored', { events: heads.length });
    return { batchItemFailures: [] };
  } catch (err) {
    // Retry the batch: a checkpoint signed twice repeats the same hashes, which verify accepts.
    logger.error('anchoring failed', { error: (err as Error).name });
    const first = event.Records[0]?.dynamodb?.SequenceNumber;
    return { batchItemFailures: first ? [{ itemIdentifier: first }] : [] };
  }
}
