import { describe, expect, it } from 'vitest';

import { serializeQuery } from './client';
import { fieldPath, toProblem } from './problem';

describe('problem details', () => {
  it('reads title, detail and every field of an RFC 9457 body', () => {
    const problem = toProblem(400, 'Bad Request', {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has invalid fields.',
      errors: [
        { field: 'summary', message: 'must not be blank' },
        { field: 'rows[3].creditCode', message: 'is taken' },
      ],
    });
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('Invalid request');
    expect(problem.detail).toBe('The request has invalid fields.');
    expect(problem.errors).toEqual([
      { field: 'summary', message: 'must not be blank' },
      { field: 'rows[3].creditCode', message: 'is taken' },
    ]);
  });

  it('keeps a 409 reason and copes with bodies that are not problems', () => {
    expect(toProblem(409, 'Conflict', { title: 'Conflict', detail: 'The report for 2025 was due by 2026-03-31.' }).message).toBe(
      'The report for 2025 was due by 2026-03-31.',
    );
    const fromGateway = toProblem(503, 'Service Unavailable', undefined);
    expect(fromGateway.title).toBe('Service Unavailable');
    expect(fromGateway.errors).toEqual([]);
  });

  it('turns field names into form paths', () => {
    expect(fieldPath('summary')).toEqual(['summary']);
    expect(fieldPath('rows[3].creditCode')).toEqual(['rows', 3, 'creditCode']);
    expect(fieldPath('scores.feasibility')).toEqual(['scores', 'feasibility']);
    expect(fieldPath('')).toEqual([]);
  });
});

describe('query parameters', () => {
  it('spreads the filter and paging objects into plain parameters, as the services read them', () => {
    const query = serializeQuery({
      filter: { status: 'ACTIVE', q: '医学', hostUnit: '', partyCovered: undefined },
      page: { page: 2, size: 20, sort: ['name,asc'] },
      year: 2026,
    });
    expect(new URLSearchParams(query).toString()).toBe(
      new URLSearchParams([['status', 'ACTIVE'], ['q', '医学'], ['page', '2'], ['size', '20'], ['sort', 'name,asc'], ['year', '2026']]).toString(),
    );
  });
});
