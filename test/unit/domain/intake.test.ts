import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../shared/domain/errors.js';
import { checkIntakeOn, intakeSchema } from '../../../shared/domain/intake.js';
import { intakes } from '../../support/fixtures.js';

const codes = (v: unknown) => {
  const r = intakeSchema.safeParse(v);
  return r.success
    ? []
    : r.error.issues.map((i) => `${i.path.join('.')}:${i.code === 'custom' ? i.message : i.code}`);
};

describe('intake contracts', () => {
  it.each(Object.keys(intakes) as (keyof typeof intakes)[])('accepts a valid %s', (kind) => {
    expect(codes(intakes[kind]())).toEqual([]);
  });

  it('rejects unknown fields instead of dropping them', () => {
    expect(codes({ ...intakes.petition(), isAdmin: true })).toContain(':unrecognized_keys');
    expect(
      codes({ ...intakes.petition(), complainant: { ...intakes.petition().complainant, role: 'x' } }),
    ).toContain('complainant:unrecognized_keys');
  });

  it('rejects an unknown kind and a missing required field', () => {
    expect(codes({ ...intakes.petition(), kind: 'lawsuit' })[0]).toMatch(/^kind:/);
    const { content: _c, ...noContent } = intakes.complaint();
    expect(codes(noContent)).toContain('content:invalid_type');
  });

  it('keeps anonymous denunciations free of identity and named ones contactable', () => {
    expect(
      codes({ ...intakes.anonymousDenunciation(), complainant: intakes.denunciation().complainant }),
    ).toContain('complainant:anonymous_with_identity');
    const { complainant: _x, ...noIdentity } = intakes.denunciation();
    expect(codes(noIdentity)).toContain('complainant:identity_required');
    const d = intakes.denunciation();
    expect(
      codes({ ...d, complainant: { fullName: 'Trần Thị Bình', address: '45 Phố Kim Mã, Hà Nội' } }),
    ).toContain('complainant.phone:contact_required');
  });

  it('blocks a complaint already before a court, and a second complaint without the first decision', () => {
    expect(codes({ ...intakes.complaint(), inCourt: true })).toContain('inCourt:in_court');
    expect(codes({ ...intakes.complaint(), instance: 2 })).toContain('firstDecision:first_decision_required');
    expect(codes({ ...intakes.complaint(), instance: 2, firstDeadlineExpired: true })).toEqual([]);
    const firstDecision = { number: '01/QĐ', date: '2026-01-10', issuer: 'UBND xã' };
    expect(codes({ ...intakes.complaint(), instance: 2, firstDecision })).toContain(
      'attachments:first_decision_document_required',
    );
    expect(
      codes({ ...intakes.complaint(), instance: 2, firstDecision, attachments: [crypto.randomUUID()] }),
    ).toEqual([]);
    expect(codes({ ...intakes.complaint(), instance: 2, firstDecision, firstCaseReference: 'KN-1' })).toEqual(
      [],
    );
  });

  it('requires representatives for a letter with five or more signers (Law on Citizen Reception art. 29)', () => {
    const coSigners = Array.from({ length: 4 }, (_, i) => ({
      fullName: `Người ký ${i}`,
      address: 'Số 1 Phố Huế, Hà Nội',
    }));
    expect(codes({ ...intakes.petition(), coSigners })).toContain('representatives:representative_required');
    expect(codes({ ...intakes.petition(), coSigners, representatives: [0, 2] })).toEqual([]);
    expect(codes({ ...intakes.petition(), coSigners, representatives: [9] })).toContain(
      'representatives.0:representative_unknown',
    );
  });

  it('validates a citizen ID as 12 digits', () => {
    const p = intakes.petition();
    expect(codes({ ...p, complainant: { ...p.complainant, idNumber: '001234567890' } })).toEqual([]);
    expect(codes({ ...p, complainant: { ...p.complainant, idNumber: '12345' } })).toContain(
      'complainant.idNumber:invalid_format',
    );
  });

  it('asks for a reason when a first complaint comes after the 90-day limit', () => {
    const late = intakeSchema.parse({ ...intakes.complaint(), learnedOn: '2026-01-01' });
    expect(() => checkIntakeOn(late, '2026-04-15')).toThrow(DomainError);
    expect(() =>
      checkIntakeOn({ ...late, lateReason: 'Ốm nặng, nằm viện.' } as typeof late, '2026-04-15'),
    ).not.toThrow();
    expect(() => checkIntakeOn(late, '2026-03-01')).not.toThrow();
  });

  it('moves the 90th day off a Sunday to Monday (Law on Complaints art. 9; Civil Code art. 147, 148(5))', () => {
    // Learned on Monday 8 June 2026: day 90 is Sunday 6 September; the period ends Monday 7 September.
    const c = intakeSchema.parse({ ...intakes.complaint(), learnedOn: '2026-06-08' });
    expect(() => checkIntakeOn(c, '2026-09-07')).not.toThrow();
    expect(() => checkIntakeOn(c, '2026-09-08')).toThrow(DomainError);
    // Learned on Tuesday 4 June 2026: day 90 is Wednesday 2 September, a holiday; Thursday 3 is the last.
    const h = intakeSchema.parse({ ...intakes.complaint(), learnedOn: '2026-06-04' });
    expect(() => checkIntakeOn(h, '2026-09-03')).not.toThrow();
    expect(() => checkIntakeOn(h, '2026-09-04')).toThrow(DomainError);
  });
});

describe('the filer’s notice versions', () => {
  it('lists exactly the versions that have a wording (a filing names one the form showed)', async () => {
    const { legalNotices } = await import('../../../shared/domain/legal-notice.js');
    const { legalNoticeVersions } = await import('../../../shared/domain/legal-notice-versions.js');
    expect([...legalNoticeVersions]).toEqual(legalNotices.map((n) => n.version));
  });
});
