/**
 * The workspace's first requests, built once for the queue and inbox views: an address
 * names the same requests the view will make, and nothing for views that load on their own.
 */
import { describe, expect, it } from 'vitest';
import { addressOf, firstRequests, inboxSections, queuePath, queueTab } from '../../../web/staff/requests.js';

describe('workspace requests', () => {
  it('reads an address into its view, argument and filters', () => {
    expect(addressOf('#/queue/screening?q=dat%20dai&kind=complaint')).toEqual({
      view: 'queue',
      arg: 'screening',
      query: 'q=dat%20dai&kind=complaint',
    });
    expect(addressOf('#/')).toEqual({ view: '', arg: undefined, query: '' });
  });

  it('gives a queue page and the tab counts for a queue address', () => {
    expect(firstRequests('#/queue/accepted?kind=petition', ['chair'], 'ubkt-1')).toEqual([
      '/cases?stage=accepted&kind=petition&committee=ubkt-1&limit=25',
      '/committees/ubkt-1/queue-counts',
    ]);
    // An unknown tab is the person's default one, as the page shows it.
    expect(queueTab('nope', {}, false)).toBe('screening');
    expect(queueTab(undefined, {}, true)).toBe('mine');
    expect(firstRequests('#/queue', ['investigator'], 'ubkt-1')[0]).toBe(queuePath('mine', {}, 'ubkt-1'));
  });

  it('gives the counts and every section of the inbox by role', () => {
    const chair = firstRequests('#/', ['chair'], 'ubkt-1');
    expect(chair[0]).toBe('/committees/ubkt-1/queue-counts');
    expect(chair).toHaveLength(1 + inboxSections(['chair']).length);
    expect(chair).toContain('/cases?flag=withdrawal&committee=ubkt-1&limit=5');
    // The investigator sees no committee-wide overdue list.
    expect(firstRequests('#/inbox', ['investigator'], 'ubkt-1').some((p) => p.includes('overdue=true'))).toBe(
      false,
    );
  });

  it('asks for nothing for other views, other roles, or no committee', () => {
    expect(firstRequests('#/case/abc', ['chair'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['auditor'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['admin'], 'ubkt-1')).toEqual([]);
    expect(firstRequests('#/', ['chair'], '')).toEqual([]);
  });
});
