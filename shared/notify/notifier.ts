/**
 * Delivering notices. One outgoing notice per recipient and channel, with a stable id so a retried
 * delivery can be recognised. Locally every notice goes to the outbox file (shown at /dev/outbox,
 * after sign-in); in AWS e-mail goes through SES. A letter is a print job on the case (see
 * `shared/store/print-jobs.ts`): printing it is a reveal.
 *
 * Nothing stored here names a person (DESIGN.md §3, identity vault): `to` is a reference to where
 * the addressee is kept (`filer`, `party:<i>` in the vault; `accused`, `respondent` in the case;
 * `chair:<committee>`). An e-mail address is decrypted by the sending function and handed to `send`
 * for that one call; it is never written anywhere.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ses } from '../aws/clients/ses.js';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';

export type Channel = 'email' | 'post' | 'internal' | 'tracking';

export interface OutgoingNotice {
  /** `<caseId>:<notice id>:<channel>`: stable across retries. */
  id: string;
  caseId: string;
  reference: string;
  noticeType: string;
  audience: 'filer' | 'respondent' | 'chair';
  channel: Channel;
  /** A reference to the addressee (`filer`, `party:0`, `accused`, `respondent`, `chair:<committee>`), never an address. */
  to: string;
  locale: 'vi' | 'en';
  subject: string;
  body: string;
  at: string;
}

export interface Notifier {
  /** `address`: for e-mail, the address to deliver to, used for this call only and never stored. */
  send(n: OutgoingNotice, address?: string): Promise<void>;
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

/** AWS: SES for e-mail and internal notices; letters are print jobs on the case, nothing more here. */
export function awsNotifier(): Notifier {
  return {
    async send(n, address) {
      if (n.channel === 'email' || n.channel === 'internal') {
        if (!address) throw new Error('an e-mail notice needs the address it is delivered to');
        await ses().send(
          new SendEmailCommand({
            FromEmailAddress: requireEnv(ENV.sesFromAddress),
            Destination: { ToAddresses: [address] },
            Content: {
              Simple: {
                Subject: { Data: n.subject, Charset: 'UTF-8' },
                Body: { Text: { Data: n.body, Charset: 'UTF-8' } },
              },
            },
          }),
        );
      }
    },
  };
}

let cached: Notifier | undefined;

export function notifier(): Notifier {
  const local = optionalEnv(ENV.localOutboxFile);
  if (local) return fileOutbox(local);
  cached ??= awsNotifier();
  return cached;
}

/** The mailbox of a committee's chair (internal escalations). */
export function chairMailbox(committee: string): string {
  const raw = optionalEnv(ENV.chairMailboxes);
  const map = raw ? (JSON.parse(raw) as Record<string, string>) : {};
  return map[committee] ?? `chair+${committee}@committee.invalid`;
}
