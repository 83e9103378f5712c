import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/audit/canonical.js';
import { type AuditEvent, chainEvent, hashEvent, sha256, verifyChain } from '../../shared/audit/chain.js';

function chain(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let i = 0; i < n; i++) {
    const prev = events.at(-1);
    events.push(
      chainEvent('case-1', prev ? { seq: prev.seq, headHash: prev.hash } : null, {
        at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        actor: i === 0 ? 'public' : { id: 'intake', role: 'intake' },
        action: i === 0 ? 'submit' : 'note',
        from: null,
        to: 'screening',
        data: { i },
      }),
    );
  }
  return events;
}

describe('audit chain', () => {
  it('sorts keys canonically', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: null }], u: undefined })).toBe(
      '{"a":[2,{"c":null,"d":1}],"b":1}',
    );
  });

  it('verifies an intact chain against the head on the case', () => {
    const e = chain(4);
    expect(verifyChain('case-1', e)).toEqual({
      valid: true,
      length: 4,
      headHash: e[3]!.hash,
    });
  });

  it('finds an edited event', () => {
    const e = chain(4);
    e[1] = { ...e[1]!, data: { i: 99 } };
    expect(verifyChain('case-1', e)).toEqual({
      valid: false,
      length: 4,
      headHash: e[3]!.hash,
      firstBadSeq: 2,
    });
    expect(verifyChain('case-1', [])).toEqual({ valid: true, length: 0, headHash: null });
  });

  it('checks each field that places an event: its case, its number, its link and its hash', () => {
    const e = chain(3);
    // Claims another case but is otherwise chained and hashed correctly.
    const { hash: _h, ...body } = { ...e[0]!, caseId: 'case-2' };
    const moved = { ...body, hash: hashEvent(body) };
    expect(verifyChain('case-1', [moved, ...e.slice(1)])).toMatchObject({ valid: false, firstBadSeq: 1 });
    // The last event renumbered and re-hashed: only its number gives it away.
    const { hash: _h2, ...last } = { ...e[2]!, seq: 7 };
    expect(verifyChain('case-1', [e[0]!, e[1]!, { ...last, hash: hashEvent(last) }])).toMatchObject({
      valid: false,
      firstBadSeq: 3,
    });
    expect(verifyChain('case-1', [e[0]!, e[1]!, { ...e[2]!, hash: 'f'.repeat(64) }])).toMatchObject({
      firstBadSeq: 3,
    });
    // FIPS 180-2 test vector; text is hashed as UTF-8.
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('Đ')).toBe(createHash('sha256').update(Buffer.from('Đ', 'utf8')).digest('hex'));
  });

  it('finds a re-hashed edit by the broken link after it', () => {
    const e = chain(4);
    const { hash: _h, ...body } = { ...e[1]!, data: { i: 99 } };
    const rehashed = chainEvent(
      'case-1',
      { seq: 1, headHash: e[0]!.hash },
      { at: body.at, actor: body.actor, action: body.action, from: body.from, to: body.to, data: body.data },
    );
    e[1] = rehashed;
    expect(verifyChain('case-1', e)).toMatchObject({ valid: false, firstBadSeq: 3 });
  });

  it('finds a gap, a reordering and a truncated tail', () => {
    const e = chain(4);
    expect(verifyChain('case-1', [e[0]!, e[2]!, e[3]!])).toMatchObject({ valid: false, firstBadSeq: 2 });
    expect(verifyChain('case-1', [e[0]!, e[2]!, e[1]!, e[3]!])).toMatchObject({
      valid: false,
      firstBadSeq: 2,
    });
    expect(verifyChain('case-1', e.slice(0, 3))).toMatchObject({ valid: true, length: 3 }); // the head catches this
  });

  it('binds the chain to its case', () => {
    expect(verifyChain('case-2', chain(2))).toMatchObject({ valid: false, firstBadSeq: 1 });
  });
});
