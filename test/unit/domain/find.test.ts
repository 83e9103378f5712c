/** Issue 13 §1: what a case is found by, and the index entries it is filed under. */
import { describe, expect, it } from 'vitest';
import { alertKey } from '../../../shared/domain/alerts.js';
import type { Case } from '../../../shared/domain/case.js';
import {
  cardOf,
  foldText,
  MAX_TERMS,
  recordedRisk,
  searchWords,
  termsOf,
} from '../../../shared/domain/find.js';
import { findHash, findItems, findWrites } from '../../../shared/store/find-index.js';
import { newCase } from '../../support/cases.js';

describe('search words', () => {
  it('folds Vietnamese diacritics and đ, and lower-cases', () => {
    expect(foldText('Ủy ban nhân dân Phường Đồng Hới')).toBe('uy ban nhan dan phuong dong hoi');
    expect(foldText('Ủy ban'.normalize('NFD'))).toBe('uy ban');
  });

  it('drops stop words, one-letter words and repeats, keeping order', () => {
    expect(searchWords('Đơn của ông A về việc đất đai, đất ở')).toEqual(['don', 'dat', 'dai']);
    expect(searchWords('và là của')).toEqual([]);
  });

  it('indexes whom the case is against and where before its words, at most 12 terms', () => {
    const c = newCase('denunciation');
    const terms = termsOf(cardOf(c));
    expect(terms.slice(0, 3)).toEqual(['le', 'van', 'cuong']);
    expect(terms).toContain('ha');
    expect(terms.length).toBeLessThanOrEqual(MAX_TERMS);
    // The filer's name is never a search term.
    expect(terms).not.toContain('binh');
  });
});

describe('index items', () => {
  const slots = (c: Case) => findItems(c).map((i) => String(i.SK));

  it('files an open case under its words, and under a flag only while it lasts', () => {
    const c = newCase('denunciation');
    expect(slots(c)).toEqual(termsOf(cardOf(c)).map((w) => `FIND#word#${w}`));
    const asked = { ...c, withdrawal: { state: 'requested' as const, at: '2026-03-03T03:00:00Z' } };
    expect(slots(asked)).toContain('FIND#flag#withdrawal');
    const wrote = {
      ...c,
      publicMessages: [
        { at: c.receivedAt, type: 'message', from: 'filer' as const, text: { vi: 'x', en: 'x' } },
      ],
    };
    expect(slots(wrote)).toContain('FIND#flag#filer_message');
    expect(findItems({ ...c, status: 'closed' })).toEqual([]);
  });

  it('rewrites nothing when a case moves on without changing its words, and clears them at the end', () => {
    const c = { ...newCase('complaint') };
    const filed = { ...c, findHash: findHash(c) };
    const accepted = { ...filed, status: 'accepted' as const, version: 2, dueAt: '2026-04-30T16:59:59.999Z' };
    expect(findWrites('t', filed, accepted, findHash(accepted))).toEqual([]);
    const closed = { ...accepted, status: 'closed' as const };
    const writes = findWrites('t', accepted, closed, findHash(closed));
    expect(writes).toHaveLength(findItems(c).length);
    expect(writes.every((w) => 'Delete' in w)).toBe(true);
  });

  it('puts the flag item, and only it, when a withdrawal is asked for', () => {
    const c = newCase('denunciation');
    const filed = { ...c, findHash: findHash(c) };
    const asked = { ...filed, withdrawal: { state: 'requested' as const, at: '2026-03-03T03:00:00Z' } };
    const writes = findWrites('t', filed, asked, findHash(asked)) as { Put?: { Item: { SK: string } } }[];
    expect(writes.map((w) => w.Put?.Item.SK)).toEqual(['FIND#flag#withdrawal']);
  });
});

describe('risk', () => {
  it('reads the risk from the recorded alerts of the running deadlines', () => {
    const c = newCase('complaint');
    const k = c.clocks.find((x) => x.state === 'running');
    expect(k?.dueAt).toBeTruthy();
    if (!k?.dueAt) return;
    expect(recordedRisk(c)).toBe('ok');
    expect(recordedRisk({ ...c, alertsSent: [alertKey(k.name, 75, k.dueAt)] })).toBe('p75');
    expect(recordedRisk({ ...c, alertsSent: [alertKey(k.name, 90, k.dueAt)] })).toBe('p90');
    // An alert for a due date the deadline no longer has (extended) does not count.
    expect(recordedRisk({ ...c, alertsSent: [alertKey(k.name, 90, '2020-01-01T00:00:00Z')] })).toBe('ok');
    expect(recordedRisk({ ...c, overdue: [k.name] })).toBe('overdue');
  });
});
