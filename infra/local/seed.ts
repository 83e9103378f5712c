/**
 * First-run data (DESIGN.md §5): two committees, one demo user per role (password `demo`, local
 * only), and a handful of demo cases filed and screened through the real API.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import { addDays, localDate } from '../../shared/domain/calendar.js';
import { putCommittee } from '../../shared/store/committees.js';
import { indexStaff } from '../../shared/store/staff-index.js';
import type { Runtime } from './runtime.js';
import { hashPassword, type LocalUser } from './sign-in.js';

export const DEMO_PASSWORD = 'demo';

export const demoUsers: Omit<LocalUser, 'passwordHash'>[] = [
  { username: 'intake', displayName: 'Cán bộ tiếp nhận', groups: ['intake'], committees: ['ubkt-1'] },
  {
    username: 'investigator',
    displayName: 'Cán bộ xác minh',
    groups: ['investigator'],
    committees: ['ubkt-1'],
  },
  {
    username: 'investigator-2',
    displayName: 'Lê Thị Hoa',
    groups: ['investigator'],
    committees: ['ubkt-1'],
  },
  { username: 'chair', displayName: 'Chủ nhiệm UBKT 1', groups: ['chair'], committees: ['ubkt-1'] },
  { username: 'leadership', displayName: 'Lãnh đạo', groups: ['leadership'], committees: ['ubkt-1'] },
  { username: 'auditor', displayName: 'Kiểm toán viên', groups: ['auditor'], committees: ['ubkt-1'] },
  { username: 'admin', displayName: 'Quản trị', groups: ['admin'], committees: ['ubkt-1'] },
  // A second admin: granting chair or admin takes two (issue 11).
  { username: 'admin-2', displayName: 'Quản trị 2', groups: ['admin'], committees: ['ubkt-1'] },
  { username: 'chair-b', displayName: 'Chủ nhiệm UBKT 2', groups: ['chair'], committees: ['ubkt-2'] },
  {
    username: 'investigator-b',
    displayName: 'Cán bộ xác minh UBKT 2',
    groups: ['investigator'],
    committees: ['ubkt-2'],
  },
];

export const demoCommittees = [
  {
    committeeId: 'ubkt-1',
    name: { vi: 'Ủy ban Kiểm tra số 1', en: 'Inspection Committee 1' },
    level: 'province',
    symbol: 'UBKT1',
    place: 'Hà Nội',
    collective: true,
    parent: { vi: 'Ủy ban nhân dân tỉnh Mẫu', en: 'Sample Provincial People’s Committee' },
  },
  {
    committeeId: 'ubkt-2',
    name: { vi: 'Ủy ban Kiểm tra số 2', en: 'Inspection Committee 2' },
    level: 'province',
    symbol: 'UBKT2',
    place: 'Hải Phòng',
    collective: true,
  },
];

/** Committees and users: idempotent, safe on every start. */
export async function seedConfiguration(rt: Runtime): Promise<void> {
  const store = { db: dynamo(), tableName: rt.tableName };
  for (const c of demoCommittees) await putCommittee(store, c);
  for (const u of demoUsers) await indexStaff(store, u);
  const existing = new Set(rt.signIn.users().map((u) => u.username));
  const missing = demoUsers.filter((u) => !existing.has(u.username));
  if (missing.length) {
    rt.signIn.saveUsers([
      ...rt.signIn.users(),
      ...missing.map((u) => ({ ...u, passwordHash: hashPassword(DEMO_PASSWORD) })),
    ]);
  }
}

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function demoIntakes() {
  const base = {
    locale: 'vi',
    committee: 'ubkt-1',
    legalNoticeVersion: '2026.1',
    location: { province: 'Hà Nội', commune: 'Phường Ba Đình' },
  };
  return [
    {
      ...base,
      kind: 'complaint',
      instance: 1,
      field: 'land_housing',
      content:
        'Tôi khiếu nại quyết định thu hồi đất số 123/QĐ-UBND vì diện tích thu hồi không đúng với hiện trạng sử dụng.',
      requestedOutcome: 'Hủy quyết định thu hồi đất và đo đạc lại.',
      complainant: {
        fullName: 'Nguyễn Văn An',
        address: '12 Phố Hàng Bông, Hoàn Kiếm, Hà Nội',
        phone: '0912345678',
      },
      respondent: { name: 'Ủy ban nhân dân phường Ba Đình', address: 'Số 1 Phố Đội Cấn, Hà Nội' },
      subject: {
        type: 'decision',
        number: '123/QĐ-UBND',
        date: daysAgo(40),
        issuer: 'UBND phường Ba Đình',
        description: 'Quyết định thu hồi đất',
      },
      learnedOn: daysAgo(30),
      inCourt: false,
    },
    {
      ...base,
      kind: 'denunciation',
      field: 'corruption',
      content:
        'Tôi tố cáo cán bộ địa chính phường nhận tiền của người dân để hợp thức hóa hồ sơ cấp giấy chứng nhận.',
      complainant: {
        fullName: 'Trần Thị Bình',
        address: '45 Phố Kim Mã, Ba Đình, Hà Nội',
        phone: '0987654321',
      },
      accused: { name: 'Lê Văn Cường', position: 'Cán bộ địa chính', organisation: 'UBND phường Ba Đình' },
    },
    {
      ...base,
      kind: 'denunciation',
      anonymous: true,
      field: 'civil_service',
      content:
        'Phản ánh việc một cán bộ thường xuyên vắng mặt trong giờ làm việc và yêu cầu người dân nộp thêm phí.',
      accused: { name: 'Phạm Văn Dũng', organisation: 'Bộ phận một cửa phường' },
    },
    {
      ...base,
      kind: 'petition',
      field: 'policy_benefits',
      topic: 'Thủ tục trợ cấp người cao tuổi',
      content:
        'Kiến nghị rút ngắn thời gian giải quyết hồ sơ trợ cấp cho người cao tuổi trên địa bàn phường.',
      complainant: {
        fullName: 'Hoàng Văn Em',
        address: '8 Ngõ Văn Chương, Đống Đa, Hà Nội',
        email: 'em.hoang@example.vn',
      },
    },
    {
      ...base,
      kind: 'dispute',
      field: 'land_housing',
      content: 'Tranh chấp ranh giới đất giữa hai hộ liền kề, cần hòa giải để xác định lại mốc giới.',
      complainant: { fullName: 'Vũ Thị Gấm', address: '20 Ngõ 5 Phố Láng Hạ, Hà Nội', phone: '0901234567' },
      parties: [
        { fullName: 'Đỗ Văn Hải', address: '22 Ngõ 5 Phố Láng Hạ, Hà Nội', relationship: 'Hàng xóm' },
      ],
      place: 'Ngõ 5 Phố Láng Hạ',
      requestedBy: 'one_party',
      exclusions: {
        stateOrPublicInterest: false,
        nonMediableFamilyOrCivil: false,
        criminalOrAdministrativeViolation: false,
      },
    },
  ].map((x) => ({ ...x, _seededOn: today() }));
}

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field by the seed
type Json = any;

export async function api(
  rt: Runtime,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<Json> {
  const res = await fetch(`${rt.apiUrl}${path}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...rt.admission,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  const body = await res.json();
  if (!res.ok)
    throw new Error(`seed: ${init.method ?? 'GET'} ${path} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** Demo cases, once per data folder: filed through the public API, two of them screened. */
export async function seedDemoCases(
  rt: Runtime,
): Promise<{ reference: string; receipt: string; kind: string }[]> {
  const marker = join(rt.dataDir, `seeded-${rt.tableName}`);
  if (existsSync(marker)) return [];
  const filed = [];
  for (const [i, intake] of demoIntakes().entries()) {
    const { _seededOn: _, ...body } = intake;
    const out = await api(rt, '/public/cases', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'idempotency-key': `seed-${rt.tableName}-${i}` },
    });
    filed.push({ reference: out.reference, receipt: out.receipt, kind: intake.kind });
  }
  await rt.sfn.idle();
  const { accessToken } = await api(rt, '/local/auth/token', {
    method: 'POST',
    body: JSON.stringify({ username: 'intake', password: DEMO_PASSWORD }),
  });
  // A letter that came by post three days ago, recorded at the desk: the reception register's first line.
  const letter = await api(rt, '/cases', {
    method: 'POST',
    token: accessToken,
    body: JSON.stringify({
      intake: {
        locale: 'vi',
        committee: 'ubkt-1',
        legalNoticeVersion: demoIntakes()[0]!.legalNoticeVersion,
        location: { province: 'Hà Nội', commune: 'Xã An Bình' },
        kind: 'petition',
        field: 'land_housing',
        topic: 'Đường liên thôn',
        content:
          'Kiến nghị sửa chữa đường liên thôn 2 – thôn 3 bị sạt lở sau mưa lũ, xe cứu thương không qua được.',
        complainant: { fullName: 'Phạm Văn Đông', address: 'Thôn 2, xã An Bình, Hà Nội' },
      },
      desk: { channel: 'post', receivedOn: addDays(localDate(new Date()), -3) },
    }),
    headers: { 'idempotency-key': `seed-desk-${rt.tableName}` },
  });
  filed.push({ reference: letter.reference, receipt: letter.receipt, kind: 'petition (post)' });
  await rt.sfn.idle();
  const queue = await api(rt, '/cases?stage=screening&committee=ubkt-1', { token: accessToken });
  const byKind = (k: string) => queue.items.find((c: { kind: string }) => c.kind === k);
  const petition = byKind('petition');
  if (petition) {
    await api(rt, `/cases/${petition.caseId}/actions`, {
      method: 'POST',
      token: accessToken,
      body: JSON.stringify({ action: 'accept', expectedVersion: petition.version }),
    });
  }
  const dispute = byKind('dispute');
  if (dispute) {
    await api(rt, `/cases/${dispute.caseId}/actions`, {
      method: 'POST',
      token: accessToken,
      body: JSON.stringify({
        action: 'reject',
        expectedVersion: dispute.version,
        ground: 'parties_declined',
        reason: 'Bên còn lại không đồng ý tham gia hòa giải.',
      }),
    });
  }
  await rt.sfn.idle();
  writeFileSync(marker, new Date().toISOString());
  return filed;
}

interface CaseDetailJson {
  case: { dialogues?: number; proposal?: { documentHash?: string } };
  procedure: { document: { parts: { code: string; required: string; template?: { vi: string } }[] } };
}

/**
 * A demo or test action as the workspace would send it: `propose_decision` with a `summary` becomes
 * a full draft of the track's required parts (the law's own wording where the profile gives it), and
 * `approve_decision` names the hash of the draft the case page shows.
 */
export function asSent(detail: CaseDetailJson, body: Record<string, unknown>): Record<string, unknown> {
  if (body.action === 'propose_decision' && typeof body.summary === 'string' && !body.draft) {
    const { summary, ...rest } = body;
    const dialogues = detail.case.dialogues ?? 0;
    const draft = Object.fromEntries(
      detail.procedure.document.parts
        .filter((p) => p.required === 'always' || (p.required === 'if_dialogue' && dialogues > 0))
        .map((p) => [p.code, p.template?.vi ?? `${summary} (${p.code})`]),
    );
    return { ...rest, draft };
  }
  if (body.action === 'approve_decision' && body.documentHash === undefined)
    return { ...body, documentHash: detail.case.proposal?.documentHash ?? '0'.repeat(64) };
  return body;
}
