import { activeFilterCount, casesQuery, filtersFromSearch, PAGE_SIZE, searchFromFilters, withFilter } from './case-filters';

describe('case list filters', () => {
  it('reads the filters a bookmarked address holds and sends them to GET /cases', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=open&priority=high&assignee=me&risk=trafficking-forced-labour&taskDue=overdue&sort=priority'));
    expect(casesQuery(filters, undefined)).toEqual({
      status: 'open',
      priority: 'high',
      assignee: 'me',
      flag: 'trafficking-forced-labour',
      taskDue: 'overdue',
      sort: 'priority',
      limit: PAGE_SIZE,
    });
  });

  it('drops values the API does not know instead of sending them', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=pending&priority=urgent&assignee=ana&risk=x&sort=alias'));
    expect(filters).toEqual({ sort: 'newest' });
    expect(casesQuery(filters, undefined)).toEqual({ sort: 'newest', limit: PAGE_SIZE });
  });

  it('passes the cursor of the next page', () => {
    expect(casesQuery({ sort: 'oldest' }, 'abc')).toEqual({ sort: 'oldest', limit: PAGE_SIZE, cursor: 'abc' });
  });

  it('writes an address that reads back as the same filters, leaving the default sort out', () => {
    const filters = { status: 'closed', assignee: 'none', sort: 'newest' } as const;
    const search = searchFromFilters(filters);
    expect(search.toString()).toBe('status=closed&assignee=none');
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('changes one filter at a time, blank clearing it', () => {
    const start = filtersFromSearch(new URLSearchParams('status=open'));
    const mine = withFilter(start, 'assignee', 'me');
    expect(mine).toEqual({ status: 'open', assignee: 'me', sort: 'newest' });
    expect(withFilter(mine, 'status', '')).toEqual({ assignee: 'me', sort: 'newest' });
    expect(withFilter(mine, 'priority', 'nonsense')).toEqual(mine);
    expect(withFilter(mine, 'sort', 'priority').sort).toBe('priority');
  });

  it('counts the filters that narrow the list, not the sort', () => {
    expect(activeFilterCount({ sort: 'priority' })).toBe(0);
    expect(activeFilterCount({ status: 'open', risk: 'urgent-basic-needs', sort: 'newest' })).toBe(2);
  });
});
