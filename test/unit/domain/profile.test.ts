import { describe, expect, it } from 'vitest';
import { type Profile, profileIds, profileInForce, tracks } from '../../../shared/domain/profile.js';
import { profileDocumentsSchema, profileSchema } from '../../../shared/domain/profile-schema.js';
import { profileDocuments } from '../../../shared/domain/profiles/documents.js';
import { profiles } from '../../../shared/domain/profiles/index.js';
import { vnStateLaw2019 } from '../../../shared/domain/profiles/vn-state-law.js';

describe('procedure profiles', () => {
  it('are valid data covering every track, each with grounds, outcomes and a cited deadline', () => {
    for (const p of profiles) {
      // Functions load the data without parsing it: it must already be exactly what parsing gives.
      expect(profileSchema.parse(p)).toEqual(p);
      expect(profileIds).toContain(p.id);
      // Its documents live apart (loaded only where a decision is drafted, rendered or explained).
      expect(profileDocumentsSchema.parse(profileDocuments()[p.id])).toEqual(profileDocuments()[p.id]);
      for (const t of tracks) {
        const rules = p.tracks[t]!;
        expect(rules.deadlines.length).toBeGreaterThan(0);
        for (const d of rules.deadlines) expect(d.basis.length).toBeGreaterThan(5);
      }
    }
  });

  it('picks the version in force on a date', () => {
    const v2: Profile = { ...vnStateLaw2019, version: '2026.1', effectiveFrom: '2026-07-01' };
    const all = [vnStateLaw2019, v2];
    expect(profileInForce(all, 'vn-state-law', '2026-06-30')?.version).toBe('2019.1');
    expect(profileInForce(all, 'vn-state-law', '2026-07-01')?.version).toBe('2026.1');
    expect(profileInForce(all, 'vn-state-law', '2018-12-31')).toBeUndefined();
  });

  it('refuses a malformed profile', () => {
    const bad = { ...vnStateLaw2019, effectiveFrom: '1 July 2026' };
    expect(profileSchema.safeParse(bad).success).toBe(false);
  });
});
