/**
 * The document layer on its own: the draft's parts are checked against the track's profile, and a
 * PDF's text reads back exactly, document after document in one process (the fonts are parsed once
 * and reused, so a glyph cached by one document must not change what the next one says).
 */
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../shared/documents/pdf.js';
import { type Case, caseSchema } from '../../shared/domain/case.js';
import { longDay } from '../../shared/domain/dates.js';
import {
  changedParts,
  checkDraft,
  documentNumber,
  documentRulesOf,
  draftSchema,
  nextStepsFor,
  reasonsOf,
} from '../../shared/domain/decision.js';
import { documentSpec } from '../../shared/domain/document-spec.js';
import { rulesFor } from '../../shared/domain/profile.js';
import { profileOn } from '../../shared/domain/profiles/index.js';
import { newCase } from '../support/cases.js';
import { pdfText } from '../support/pdf.js';

const profile = profileOn('2026-12-01');
const c = {
  reference: 'KN-2612-ABCDEFGH',
  pseudonym: 'Người khiếu nại #A7',
  receivedOn: '2026-11-20',
  track: 'complaint_1',
  remoteArea: false,
  dialogues: 0,
} as Case;
const committee = {
  name: { vi: 'Ủy ban Kiểm tra số 1', en: 'Inspection Committee 1' },
  symbol: 'UBKT1',
  place: 'Hà Nội',
};
const _rules = rulesFor(profile, 'complaint_1');
const doc = documentRulesOf(profile, { track: 'complaint_1' });
const draft = Object.fromEntries(
  doc.parts.map((p) => [p.code, `Nội dung ${p.code}: ắằẳẵặ ốồổỗộ ướừửữự Đđ.`]),
);
const words = (s: string) => s.replace(/\s+/g, ' ');

describe('decision drafts', () => {
  it('names each required part that is missing, and refuses unknown ones (Law on Complaints art. 31(2))', () => {
    const { remedy: _r, legal_basis: _l, ...rest } = draft;
    expect(() => checkDraft(rest, doc, c, 'upheld')).toThrow(/remedy, legal_basis|legal_basis, remedy/);
    expect(() => checkDraft({ ...draft, verdict: 'x' }, doc, c, 'upheld')).toThrow(/verdict/);
    const { dialogue: _d, ...withoutDialogue } = draft;
    expect(() => checkDraft(withoutDialogue, doc, c, 'upheld')).not.toThrow();
    // Once a dialogue was held its result is a required part (art. 31(2)(đ)).
    expect(() => checkDraft(withoutDialogue, doc, { dialogues: 1 }, 'upheld')).toThrow(/dialogue/);
  });

  it('refuses part codes that could reach an object’s prototype instead of dropping them', () => {
    expect(draftSchema.safeParse(JSON.parse('{"__proto__":"x","conclusion":"y"}')).success).toBe(false);
    expect(draftSchema.safeParse(JSON.parse('{"constructor":"x"}')).success).toBe(true); // a plain own key
    expect(draftSchema.safeParse({ conclusion: 'y' }).success).toBe(true);
  });

  it('tells what changed since the returned draft, and which parts are the filer’s reasons', () => {
    expect(changedParts(draft, { ...draft, conclusion: 'Khác' })).toEqual(['conclusion']);
    expect(changedParts(undefined, draft)).toEqual([]);
    expect(reasonsOf(draft, doc, 'upheld').map((r) => r.part)).toEqual([
      'verification',
      'dialogue',
      'legal_basis',
      'conclusion',
      'remedy',
      'compensation',
    ]);
  });

  it('reads cases stored before decisions were documents (a one-line summary, approvedBy, decidedOn)', () => {
    const legacy = {
      ...newCase(),
      status: 'closed',
      proposal: {
        outcome: 'upheld',
        summary: 'Kết luận cũ.',
        proposedBy: 'investigator',
        proposedAt: '2026-03-10T03:00:00.000Z',
      },
      decision: {
        outcome: 'upheld',
        summary: 'Kết luận cũ.',
        proposedBy: 'investigator',
        proposedAt: '2026-03-10T03:00:00.000Z',
        approvedBy: 'chair',
        decidedOn: '2026-03-11',
      },
    };
    const c = caseSchema.parse(legacy);
    expect(c.proposal).toMatchObject({ draft: { summary: 'Kết luận cũ.' }, documentHash: '' });
    expect(c.decision).toMatchObject({
      signedBy: 'chair',
      issuedOn: '2026-03-11',
      number: '',
      documents: [],
    });
  });

  it('counts the next steps from the issue date: 30 days, 45 in a remote area, rolled to a working day', () => {
    // Issued Thursday 3 Dec 2026: +30 → Saturday 2 Jan 2027 → Monday 4 Jan 2027 (Civil Code art. 148(5)).
    const steps = nextStepsFor(c, profile, '2026-12-03', 'upheld');
    expect(steps.find((s) => s.step === 'second_complaint')?.dueOn).toBe('2027-01-04');
    const remote = nextStepsFor({ ...c, remoteArea: true }, profile, '2026-12-03', 'upheld');
    expect(remote.find((s) => s.step === 'second_complaint')).toMatchObject({
      days: 45,
      dueOn: '2027-01-18',
    });
  });
});

describe('the PDF', () => {
  it('writes dates as Decree 30 does: days under 10 and months 1–2 with a zero, and numbers from 01', () => {
    expect(longDay('2027-03-05', 'vi')).toBe('ngày 05 tháng 3 năm 2027');
    expect(longDay('2027-02-15', 'vi')).toBe('ngày 15 tháng 02 năm 2027');
    expect(documentNumber(7, 'QĐ', 'UBKT1', 'state')).toBe('07/QĐ-UBKT1');
    expect(documentNumber(12, 'KL', 'UBKT1', 'party')).toBe('12-KL/UBKT1');
  });

  it('never points at the denouncer in a conclusion, which goes to the person denounced', async () => {
    const spec = documentSpec({
      c: {
        ...c,
        track: 'denunciation',
        pseudonym: 'Người tố cáo #Q9',
        reference: 'TC-2612-SECRET99',
      } as Case,
      profile,
      committee,
      draft: Object.fromEntries(
        documentRulesOf(profile, { track: 'denunciation' }).parts.map((p) => [p.code, 'Nội dung.']),
      ),
      outcome: 'true',
      locale: 'vi',
      issue: { number: '04/KL-UBKT1', issuedOn: '2026-12-03', signerName: 'Trần Thị C' },
    });
    const text = words(await pdfText(await renderPdf(spec, new Date())));
    expect(text).toContain('KẾT LUẬN');
    for (const clue of ['Người tố cáo #Q9', 'TC-2612-SECRET99', '20/11/2026'])
      expect(text).not.toContain(clue);
  });

  it('reads back every word, Vietnamese and English, document after document', async () => {
    const issue = { number: '7/QĐ-UBKT1', issuedOn: '2026-12-03', signerName: 'Nguyễn Văn Bình' };
    for (const locale of ['vi', 'en', 'vi', 'en'] as const) {
      const spec = documentSpec({ c, profile, committee, draft, outcome: 'partly_upheld', locale, issue });
      const text = words(await pdfText(await renderPdf(spec, new Date('2026-12-03T03:00:00Z'))));
      expect(text).toContain(
        locale === 'vi' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'SOCIALIST REPUBLIC OF VIET NAM',
      );
      expect(text).toContain('Số: 7/QĐ-UBKT1'.replace('Số:', locale === 'vi' ? 'Số:' : 'No.:'));
      expect(text).toContain('ắằẳẵặ ốồổỗộ ướừửữự Đđ');
      expect(text).toContain(locale === 'vi' ? 'Khiếu nại đúng một phần' : 'Partly upheld');
      expect(text).toContain('Nguyễn Văn Bình');
      expect(text).toContain(locale === 'vi' ? 'ngày 03 tháng 12 năm 2026' : '3 December 2026');
      // A decision's operative part (Decree 30/2020 appendix: "QUYẾT ĐỊNH:" and its articles).
      expect(text).toContain(locale === 'vi' ? 'QUYẾT ĐỊNH: Điều 1.' : 'DECIDES: Article 1.');
    }
  });

  it('marks a draft as not yet law and leaves its number blank', async () => {
    const spec = documentSpec({ c, profile, committee, draft, outcome: 'upheld', locale: 'vi' });
    const text = words(await pdfText(await renderPdf(spec, new Date())));
    expect(text).toContain('DỰ THẢO');
    expect(text).toMatch(/Số: \/QĐ-UBKT1/);
  });

  it('gives a Party body the Party heading and number form', async () => {
    const party = profileOn('2026-12-01', 'vn-party-inspection');
    const spec = documentSpec({
      c: { ...c, track: 'denunciation' } as Case,
      profile: party,
      committee,
      draft: Object.fromEntries(
        documentRulesOf(party, { track: 'denunciation' }).parts.map((p) => [p.code, 'Nội dung.']),
      ),
      outcome: 'true',
      locale: 'vi',
      issue: { number: '3-KL/UBKT1', issuedOn: '2026-12-03', signerName: 'Trần Thị C' },
    });
    const text = words(await pdfText(await renderPdf(spec, new Date())));
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA');
    expect(text).toContain('Số 3-KL/UBKT1');
    expect(text).toContain('T/M ỦY BAN KIỂM TRA SỐ 1');
  });
});
