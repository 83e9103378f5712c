import { describe, expect, it } from 'vitest';
import { systemActor } from '../../../shared/domain/actor.js';
import { DomainError } from '../../../shared/domain/errors.js';
import { allowedActions, decide, nextSystemStep, workflowStep } from '../../../shared/domain/transitions.js';
import { committeeStaff, newCase, profile, staff } from '../../support/cases.js';

const now = new Date('2026-03-04T02:00:00Z'); // 2026-03-04 in Hà Nội
const ctx = { now, profile, staff: committeeStaff };

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.kind;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('opening a case', () => {
  it('starts the acceptance clock of a complaint from receipt, in screening', () => {
    const c = newCase('complaint');
    expect(c.status).toBe('screening');
    expect(c.pseudonym).toBe('Người khiếu nại #A7');
    expect(c.clocks.map((k) => [k.name, k.dueOn])).toEqual([['acceptance', '2026-03-12']]);
    expect(c.dueAt).toBe('2026-03-12T17:00:00.000Z');
  });

  it('routes an anonymous denunciation as information with denunciation content', () => {
    const c = newCase('anonymousDenunciation');
    expect(c.track).toBe('anonymous_denunciation');
    expect(c.anonymous).toBe(true);
  });
});

describe('decide', () => {
  it('accepts a complaint: acceptance met, resolution of 30 days from acceptance', () => {
    const { next, event } = decide(
      newCase(),
      { action: 'accept', expectedVersion: 1, complexity: 'normal' },
      staff('intake'),
      ctx,
    );
    expect(next.status).toBe('accepted');
    expect(next.version).toBe(2);
    expect(next.acceptedOn).toBe('2026-03-04');
    expect(next.clocks.find((k) => k.name === 'acceptance')?.state).toBe('met');
    expect(next.clocks.find((k) => k.name === 'resolution')).toMatchObject({
      state: 'running',
      days: 30,
      dueOn: '2026-04-03',
    });
    expect(event).toMatchObject({ action: 'accept', from: 'screening', to: 'accepted' });
  });

  it('clears a deadline from the overdue list once it is met, and carries the facts the figures need', () => {
    const late = { ...newCase(), overdue: ['acceptance'] };
    const { next, event } = decide(
      late,
      { action: 'accept', expectedVersion: 1, complexity: 'normal' },
      staff('intake'),
      ctx,
    );
    expect(next.overdue).toEqual([]);
    expect(event.data.m).toEqual({ days: 2 }); // received 2 March, accepted 4 March
  });

  it('gives a remote, complex first complaint 60 days (Law on Complaints art. 28)', () => {
    const c = newCase('complaint', undefined, { remoteArea: true });
    const { next } = decide(
      c,
      { action: 'accept', expectedVersion: 1, complexity: 'complex' },
      staff('chair'),
      ctx,
    );
    expect(next.clocks.find((k) => k.name === 'resolution')?.days).toBe(60);
  });

  it('starts the denunciation notice (5 working days) and resolution (30 days) clocks', () => {
    const { next } = decide(
      newCase('denunciation'),
      { action: 'accept', expectedVersion: 1, complexity: 'normal' },
      staff('intake'),
      ctx,
    );
    expect(next.clocks.filter((k) => k.state === 'running').map((k) => [k.name, k.dayType, k.dueOn])).toEqual(
      [
        ['acceptance_notice', 'working', '2026-03-11'],
        ['resolution', 'calendar', '2026-04-03'],
      ],
    );
  });

  it('rejects only on a ground of the profile, and stops every clock', () => {
    const c = newCase();
    expect(
      refusal(() =>
        decide(
          c,
          { action: 'reject', expectedVersion: 1, ground: 'because', reason: 'Không đủ điều kiện.' },
          staff('intake'),
          ctx,
        ),
      ),
    ).toBe('invalid');
    const { next } = decide(
      c,
      { action: 'reject', expectedVersion: 1, ground: 'not_signed', reason: 'Đơn không có chữ ký.' },
      staff('intake'),
      ctx,
    );
    expect(next.status).toBe('rejected');
    expect(next.clocks.every((k) => k.state !== 'running')).toBe(true);
    expect(next.dueAt).toBeNull();
    expect(nextSystemStep(next)).toEqual({ kind: 'deliver_notices' });
    expect(next.pendingNotices.map((n) => [n.type, n.audience])).toEqual([
      ['acknowledgement', 'filer'],
      ['rejection', 'filer'],
    ]);
    expect(nextSystemStep({ ...next, pendingNotices: [] })).toEqual({ kind: 'action', action: 'close' });
  });

  it('refuses a role that may never take the action (403), a stale version and a wrong stage (409)', () => {
    const c = newCase();
    expect(
      refusal(() =>
        decide(c, { action: 'accept', expectedVersion: 1, complexity: 'normal' }, staff('investigator'), ctx),
      ),
    ).toBe('forbidden');
    expect(
      refusal(() =>
        decide(c, { action: 'accept', expectedVersion: 1, complexity: 'normal' }, staff('leadership'), ctx),
      ),
    ).toBe('forbidden');
    expect(
      refusal(() =>
        decide(c, { action: 'accept', expectedVersion: 7, complexity: 'normal' }, staff('intake'), ctx),
      ),
    ).toBe('conflict');
    const { next } = decide(
      c,
      { action: 'accept', expectedVersion: 1, complexity: 'normal' },
      staff('intake'),
      ctx,
    );
    expect(
      refusal(() =>
        decide(next, { action: 'accept', expectedVersion: 2, complexity: 'normal' }, staff('intake'), ctx),
      ),
    ).toBe('conflict');
  });

  it('lets only the system (or a chair) close a rejected case, and records the history', () => {
    const { next: rejected } = decide(
      newCase(),
      { action: 'reject', expectedVersion: 1, ground: 'not_signed', reason: 'Đơn không có chữ ký.' },
      staff('intake'),
      ctx,
    );
    expect(
      refusal(() => decide(rejected, { action: 'close', expectedVersion: 2 }, staff('intake'), ctx)),
    ).toBe('forbidden');
    const { next: closed } = decide(rejected, { action: 'close', expectedVersion: 2 }, systemActor, ctx);
    expect(closed.status).toBe('closed');
    expect(closed.history.map((h) => h.status)).toEqual(['received', 'screening', 'rejected', 'closed']);
    expect(workflowStep(closed)).toBe('done');
  });

  it('offers no action the procedure gives no way to take', () => {
    const chair = staff('chair');
    const petition = decide(
      newCase('petition'),
      { action: 'accept', expectedVersion: 1, complexity: 'normal' },
      chair,
      ctx,
    ).next;
    const petitionRules = profile.tracks.petition!;
    expect(allowedActions(petition, chair, petitionRules)).not.toContain('terminate'); // no termination grounds
    expect(allowedActions(petition, chair, petitionRules)).not.toContain('extend'); // no extension for petitions
    const denunciation = decide(
      newCase('denunciation'),
      { action: 'accept', expectedVersion: 1, complexity: 'complex' },
      chair,
      ctx,
    ).next;
    expect(allowedActions(denunciation, chair, profile.tracks.denunciation!)).toEqual(
      expect.arrayContaining(['terminate', 'suspend', 'extend']),
    );
  });

  it('lists the actions a caller may take now', () => {
    expect(allowedActions(newCase(), staff('intake'))).toEqual([
      'accept',
      'reject',
      'transfer',
      'split',
      'mark_duplicate',
      'recuse',
    ]);
    expect(allowedActions(newCase(), staff('investigator'))).toEqual(['recuse']); // access keeps an unassigned investigator out
  });
});

describe('notices to the person denounced', () => {
  it('redact the filer’s identifying details from the content', async () => {
    const { redact } = await import('../../../shared/domain/notices.js');
    expect(
      redact('Tôi là Trần Thị Bình (0987654321), tố cáo ông C.', ['Trần Thị Bình', '0987654321', '']),
    ).toBe('Tôi là […] ([…]), tố cáo ông C.');
  });
});

describe('withdrawal follows the procedure profile', () => {
  const accepted = () => {
    const c = newCase('anonymousDenunciation');
    return decide(
      c,
      { action: 'accept', expectedVersion: c.version, complexity: 'normal' },
      staff('intake'),
      ctx,
    ).next;
  };
  const withdraw = (c: ReturnType<typeof accepted>, p = profile) =>
    decide(c, { action: 'withdraw', expectedVersion: c.version }, { type: 'public' }, { now, profile: p })
      .next;

  it('sends an accepted anonymous denunciation’s withdrawal to the chair, as the profile says', () => {
    const next = withdraw(accepted());
    expect(next.status).toBe('accepted');
    expect(next.withdrawal?.state).toBe('requested');
    expect(next.pendingNotices.map((n) => n.audience)).toContain('chair');
  });

  it('reads the profile’s field, not the track: a procedure where it ends the case ends it', () => {
    const ends = {
      ...profile,
      tracks: {
        ...profile.tracks,
        anonymous_denunciation: {
          ...profile.tracks.anonymous_denunciation!,
          withdrawal: 'ends_case' as const,
        },
      },
    };
    const next = withdraw(accepted(), ends);
    expect(next.status).toBe('withdrawn');
    expect(next.withdrawal?.state).toBe('accepted');
  });
});
