/** Issue 13 §8: the dashboard says to which day its period's figures run. */
import { describe, expect, it } from 'vitest';
import { throughOf } from '../../../shared/cases/metrics-view.js';
import { stageDelta } from '../../../shared/domain/metrics.js';

describe('the period’s last day', () => {
  it('is the end of the period’s last month once it is over, and today while it runs', () => {
    expect(throughOf('2026-09', '2026-12-02')).toBe('2026-09-30');
    expect(throughOf('2024-02', '2026-12-02')).toBe('2024-02-29');
    expect(throughOf('2026-12', '2026-12-02')).toBe('2026-12-02');
  });
});

describe('stage counts', () => {
  it('move a case out of the stage it leaves and into the one it enters', () => {
    expect(stageDelta({ action: 'accept', from: 'screening', to: 'accepted', data: {} })).toEqual({
      screening: -1,
      accepted: 1,
    });
    expect(stageDelta({ action: 'submit', from: null, to: 'received', data: {} })).toEqual({ received: 1 });
    expect(stageDelta({ action: 'add_note', from: 'investigating', to: 'investigating', data: {} })).toEqual(
      {},
    );
  });

  it('take a case moved to another committee out of the first and into the second', () => {
    const move = { from: 'screening', to: 'screening' };
    expect(stageDelta({ ...move, action: 'transfer', data: { toCommittee: 'ubkt-2' } })).toEqual({
      screening: -1,
    });
    expect(stageDelta({ ...move, action: 'received_by_transfer', data: {} })).toEqual({ screening: 1 });
  });
});
