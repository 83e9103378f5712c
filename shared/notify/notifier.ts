/**
 * Delivering notices. One outgoing notice per recipient and channel, with a stable id so a retried
 * delivery can be recognised. Locally every notice goes to the outbox file (shown at /dev/outbox);
 * in AWS e-mail goes through SES and letters to the table's letter queue for the office to post.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ses } from '../aws/clients.js';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';
import type { StoreContext } from '../store/case-repository.js';

export type Channel = 'email' | 'post' | 'internal' | 'tracking';

export interface OutgoingNotice {
  /** `<caseId>:<notice id>:<channel>`: stable across retries. */
  id: string;
  caseId: string;
  reference: string;
  noticeType: string;
  audience: 'filer' | 'respondent' | 'chair';
  channel: Channel;
  /** E-mail address, postal addressee and address, or a role mailbox. */
  to: string;
  locale: 'vi' | 'en';
  subject: string;
  body: string;
  at: string;
}

export interface Notifier {
  send(n: OutgoingNotice): Promise<void>;
}

const sentIds = new Map<string, Set<string>>();

/** Local stand-in for SES and the letter queue: an append-only JSON-lines outbox, deduplicated by id. */
export function fileOutbox(path: string): Notifier {
  let seen = sentIds.get(path);
  if (!seen) {
    seen = new Set(readOutbox(path).map((n) => n.id));
    sentIds.set(path, seen);
  }
  const ids = seen;
  return {
    async send(n) {
      if (ids.has(n.id)) return;
      appendFileSync(path, `${JSON.stringify(n)}\n`);
      ids.add(n.id);
    },
  };
}

export function readOutbox(path: string): OutgoingNotice[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OutgoingNotice);
}

/** AWS: SES for e-mail; letters and internal notices into the table's outbox partition. */
export function awsNotifier(store: StoreContext): Notifier {
  return {
    async send(n) {
      if (n.channel === 'email' || n.channel === 'internal') {
        await ses().send(
          new SendEmailCommand({
            FromEmailAddress: requireEnv(ENV.sesFromAddress),
            Destination: { ToAddresses: [n.to] },
            Content: {
              Simple: {
                Subject: { Data: n.subject, Charset: 'UTF-8' },
                Body: { Text: { Data: n.body, Charset: 'UTF-8' } },
              },
            },
          }),
        );
        return;
      }
      if (n.channel === 'post') {
        await store.db
          .send(
            new PutCommand({
              TableName: store.tableName,
              Item: { PK: `OUTBOX#${n.at.slice(0, 10)}`, SK: n.id, entity: 'letter', ...n },
              ConditionExpression: 'attribute_not_exists(PK)',
            }),
          )
          .catch((err: Error) => {
            if (err.name !== 'ConditionalCheckFailedException') throw err;
          });
      }
    },
  };
}

let cached: Notifier | undefined;

export function notifier(store: StoreContext): Notifier {
  const local = optionalEnv(ENV.localOutboxFile);
  if (local) return fileOutbox(local);
  cached ??= awsNotifier(store);
  return cached;
}

/** The mailbox of a committee's chair (internal escalations). */
export function chairMailbox(committee: string): string {
  const raw = optionalEnv(ENV.chairMailboxes);
  const map = raw ? (JSON.parse(raw) as Record<string, string>) : {};
  return map[committee] ?? `chair+${committee}@committee.invalid`;
}
