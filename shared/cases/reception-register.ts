/**
 * The citizen-reception register for a period (Law on Citizen Reception 2013 art. 25(2)): number,
 * date, name and address, content, prior handling, request, and how it is being handled. Names and
 * addresses come from each case's vaulted identity, so the export is entered in the admin log (who,
 * which committee, which period, how many lines) before anything is decrypted, as a reveal is.
 */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { logAdminChange } from '../admin/admin-log.js';
import type { Actor } from '../domain/actor.js';
import { daysBetween, type IsoDate } from '../domain/calendar.js';
import type { Case } from '../domain/case.js';
import { type CsvValue, csvDocument } from '../domain/csv.js';
import { channelLabels } from '../domain/desk.js';
import { forbidden, invalid } from '../domain/errors.js';
import { statusLabels } from '../domain/status.js';
import { parseCase, type StoreContext } from '../store/case-repository.js';
import { keys, stripKeys } from '../store/keys.js';
import { type ReceptionLine, receptionLines } from '../store/reception-register.js';
import { type KeyWrapper, openIdentity, type SealedIdentity } from '../vault/vault.js';

export interface RegisterDeps {
  store: StoreContext;
  keyWrapper: KeyWrapper;
  now: () => Date;
}

/** A register is exported a month, a quarter or a year at a time. */
export const MAX_REGISTER_DAYS = 366;

export async function receptionRegister(
  deps: RegisterDeps,
  actor: Actor & { type: 'staff' },
  q: { committee: string; from: IsoDate; to: IsoDate },
) {
  if (!actor.committees.includes(q.committee))
    throw forbidden('the register is kept by the committee’s own clerks and chair');
  if (q.to < q.from)
    throw invalid('to before from', [{ path: ['to'], message: 'invalid_value', code: 'invalid_value' }]);
  if (daysBetween(q.from, q.to) >= MAX_REGISTER_DAYS)
    throw invalid('period too long', [{ path: ['to'], message: 'too_big', code: 'too_big' }]);
  const lines = await receptionLines(deps.store, q.committee, q.from, q.to);
  await logAdminChange(
    deps.store,
    actor,
    'reception_register_export',
    q.committee,
    { from: q.from, to: q.to, lines: lines.length },
    deps.now(),
  );
  const found = await casesWithIdentity(
    deps.store,
    lines.map((l) => l.caseId),
  );
  const items = [];
  for (const line of lines) {
    const f = found.get(line.caseId);
    const person = f?.identity ? await personOf(deps.keyWrapper, f.owner, f.identity) : null;
    const status = f?.c.status ?? 'received';
    const { PK: _pk, SK: _sk, entity: _e, ...rest } = line as ReceptionLine & Record<string, unknown>;
    items.push({
      ...(rest as ReceptionLine),
      channelLabel: channelLabels[line.channel],
      name: person?.fullName ?? null,
      address: person?.address ?? null,
      status,
      action: statusLabels[status],
    });
  }
  return { committee: q.committee, from: q.from, to: q.to, items };
}

export type RegisterLine = Awaited<ReturnType<typeof receptionRegister>>['items'][number];

/** Each case and its identity item (a split part reads its parent's), 50 cases per BatchGetItem. */
async function casesWithIdentity(s: StoreContext, caseIds: string[]) {
  const out = new Map<string, { c: Case; owner: string; identity?: SealedIdentity }>();
  const batch = async (keyList: Record<string, string>[]) => {
    const items: Record<string, unknown>[] = [];
    let pending: Record<string, unknown>[] | undefined = keyList;
    while (pending?.length) {
      const r = await s.db.send(new BatchGetCommand({ RequestItems: { [s.tableName]: { Keys: pending } } }));
      items.push(...(r.Responses?.[s.tableName] ?? []));
      pending = r.UnprocessedKeys?.[s.tableName]?.Keys as Record<string, unknown>[] | undefined;
    }
    return items;
  };
  for (let i = 0; i < caseIds.length; i += 50) {
    const ids = caseIds.slice(i, i + 50);
    const items = await batch(ids.flatMap((id) => [keys.case(id), keys.identity(id)]));
    for (const item of items.filter((x) => x.SK === 'CASE')) {
      const c = parseCase(item);
      out.set(c.caseId, { c, owner: c.identityOf ?? c.caseId });
    }
    for (const item of items.filter((x) => x.SK === 'IDENTITY')) {
      const id = String(item.PK).slice('CASE#'.length);
      const entry = out.get(id);
      if (entry && entry.owner === id) entry.identity = stripKeys(item) as unknown as SealedIdentity;
    }
  }
  return out;
}

async function personOf(
  wrapper: KeyWrapper,
  owner: string,
  sealed: SealedIdentity,
): Promise<{ fullName?: string; address?: string } | null> {
  const identity = await openIdentity(wrapper, owner, sealed);
  const p = identity.complainant as { fullName?: string; address?: string } | null | undefined;
  return p ?? null;
}

const headers = {
  vi: [
    'Số thứ tự',
    'Năm',
    'Ngày tiếp nhận',
    'Họ và tên',
    'Địa chỉ',
    'Nội dung vụ việc',
    'Cơ quan đã giải quyết (nếu có)',
    'Yêu cầu',
    'Hướng xử lý',
    'Hình thức tiếp nhận',
    'Cơ quan chuyển đơn',
    'Mã hồ sơ',
    'Người ghi sổ',
  ],
  en: [
    'Number',
    'Year',
    'Received on',
    'Full name',
    'Address',
    'Content',
    'Prior handling',
    'Request',
    'Action',
    'Channel',
    'Referred by',
    'Reference',
    'Recorded by',
  ],
};

/** The register as CSV, headers in the reader's language, one row per line. */
export function registerCsv(items: RegisterLine[], lang: 'vi' | 'en'): string {
  const rows: CsvValue[][] = items.map((l) => [
    l.number,
    l.year,
    l.receivedOn,
    l.name ?? (lang === 'vi' ? '(nặc danh)' : '(anonymous)'),
    l.address,
    l.content,
    l.priorHandling,
    l.request,
    l.action[lang],
    l.channelLabel[lang],
    l.referral ? `${l.referral.body}${l.referral.reference ? ` (${l.referral.reference})` : ''}` : '',
    l.reference,
    l.recordedBy,
  ]);
  return csvDocument([headers[lang], ...rows]);
}
