import { describe, expect, it } from 'vitest';
import { compareResponse } from '../src/compare.js';
import { loadVendorContext } from '../src/vendor-context.js';

const smartisp = loadVendorContext('smartisp');
const getPlans = smartisp.operations.find((o) => o.operationId === 'getPlans')!;
const recorded = JSON.stringify(getPlans.recording!.response.body);
const compare = (status: number, contentType: string | null, text: string) =>
  compareResponse(smartisp.schemas, getPlans, { status, contentType, text });

describe('compareResponse', () => {
  it('finds nothing in the recorded answer', () => {
    expect(compare(200, 'application/json', recorded).issues).toEqual([]);
  });

  it('reports a status the spec does not declare, and nothing else', () => {
    expect(compare(503, 'text/html', '<html>busy</html>').issues).toEqual([
      { where: 'status', expected: '200 or 401', got: '503 text/html' },
    ]);
  });

  it('reports JSON labelled text/html once, and still checks the body', () => {
    const body = JSON.parse(recorded);
    body.plans[0].id = 'one';
    expect(compare(200, 'text/html; charset=UTF-8', JSON.stringify(body)).issues).toEqual([
      { where: 'content-type', expected: 'application/json', got: 'text/html; charset=UTF-8' },
      { where: '/plans/0/id', expected: 'integer', got: '"one"' },
    ]);
  });

  it('reports a body that is not JSON, and a missing content type', () => {
    expect(compare(200, null, '').issues).toEqual([
      { where: 'content-type', expected: 'application/json', got: 'none' },
      { where: 'body', expected: 'JSON', got: 'an empty body' },
    ]);
  });

  it('reports an enum value outside the spec with the allowed values', () => {
    const meta = smartisp.operations.find((o) => o.operationId === 'getTicketsMeta')!;
    const body = structuredClone(meta.recording!.response.body) as { data: { priority: string[] } };
    body.data.priority[0] = 'whenever';
    expect(
      compareResponse(smartisp.schemas, meta, { status: 200, contentType: 'application/json', text: JSON.stringify(body) })
        .issues,
    ).toEqual([{ where: '/data/priority/0', expected: 'one of ["low","medium","high","urgent"]', got: '"whenever"' }]);
  });
});
