/**
 * What the queue and inbox views ask for, built in one place.
 */
import { describe, expect, it } from 'vitest';
import {
  addressOf,
  countsPath,
  firstRequests,
  inboxPath,
  inboxSections,
  queuePath,
  queueTab,
} from '../../../web/staff/requests.js';

describe('workspace requests', () => {
  it('reads an address into its view, argument and filters', () => {
    expect(addressOf('#/queue/screening?q=dat%20dai&kind=complaint')).toEqual({
      view: 'queue',
      arg: 'screening',
      query: 'q=dat%20dai&kind=complaint',
    });
    expect(addressOf('#/')).toEqual({ view: '', arg: undefined, query: '' });
  });

  it('builds a queue page with its tab condition and filters', () => {
    expect(queuePath('accepted', { kind: 'petition' }, 'ubkt-1')).toBe(
      '/cases?stage=accepted&kind=petition&committee=ubkt-1&limit=25',
    );
    expect(queuePath('mine', {}, 'ubkt-1')).toBe('/cases?assignee=me&committee=ubkt-1&limit=25');
    expect(countsPath('ubkt-1')).toBe('/committees/ubkt-1/queue-counts');
    // An unknown tab is the person's default one, as the page shows it.
    expect(queueTab('nope', {}, false)).toBe('screening');
    expect(queueTab(undefined, {}, true)).toBe('mine');
  });

  it('gives every inbox section by role; the investigator has no committee-wide overdue list', () => {
    const chair = inboxSections(['chair']).map((s) => inboxPath(s, 'ubkt-1'));
    expect(chair).toContain('/cases?flag=withdrawal&committee=ubkt-1&limit=5');
    expect(chair).toContain('/cases?overdue=true&committee=ubkt-1&limit=5');
    expect(inboxSections(['investigator']).some((s) => s.query.includes('overdue=true'))).toBe(false);
  });
});

describe('the first requests of an address', () => {
  it('gives a queue page and the tab counts for a queue address, as the queue asks for them', () => {
    expect(firstRequests('#/queue/accepted?kind=petition', ['chair'], 'ubkt-1')).toEqual([
      '/cases?stage=accepted&kind=petition&committee=ubkt-1&limit=25',
      '/committees/ubkt-1/queue-counts',
    ]);
    expect(firstRequests('#/queue', ['investigator'], 'ubkt-1')[0]).toBe(queuePath('mine', {}, 'ubkt-1'));
  });

  it('gives the counts and every inbox section by role', () => {
    const chair = firstRequests('#/', ['chair'], 'ubkt-1');
    expect(chair).toEqual([
      countsPath('ubkt-1'),
      ...inboxSections(['chair']).map((s) => inboxPath(s, 'ubkt-1')),
    ]);
    expect(firstRequests('#/inbox', ['investigator'], 'ubkt-1').some((p) => p.includes('overdue=true'))).toBe(
      false,
    );
  });

  it('asks for nothing for other views, other roles, or without a committee', () => {
    expect(firstRequests('#/case/abc', ['chair'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['auditor'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['admin'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['chair'], '')).toEqual([]);
  });
});
