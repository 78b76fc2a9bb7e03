import { describe, expect, it } from 'vitest';
import { fieldErrors, httpError } from './classify.js';
import { AuthenticationError, HttpError, NotFoundError, ServerError, ValidationError } from './errors.js';
import type { OperationMeta, VendorMeta } from './meta.js';

const op: OperationMeta = {
  method: 'GET',
  path: '/x',
  idempotent: true,
  responses: {},
  errors: {
    '404': [
      { error: 'authentication', message: 'Token is not defined.' },
      { error: 'validation', property: 'error' },
      { error: 'not-found' },
    ],
  },
};
const meta: VendorMeta = {
  secretQueryParams: [],
  operations: { x: op },
  failure: { property: 'status', value: false, message: ['message'] },
};
const info = { operation: 'GET /x' };
const make = (status: number, body: unknown) => httpError(meta, op, info, status, body, new Headers());

describe('error classes', () => {
  it('follows the spec rules in order, then the status', () => {
    expect(make(404, { status: false, message: 'Token is not defined.' })).toBeInstanceOf(AuthenticationError);
    expect(make(404, { status: false, message: 'x', error: { company: 'required' } })).toBeInstanceOf(ValidationError);
    expect(make(404, { status: false, message: 'No data' })).toBeInstanceOf(NotFoundError);
    expect(make(404, 'Token is not defined.')).toBeInstanceOf(NotFoundError);
    expect(make(401, {})).toBeInstanceOf(AuthenticationError);
    expect(make(503, '')).toBeInstanceOf(ServerError);
    const other = make(418, {});
    expect(other.constructor).toBe(HttpError);
  });

  it('reads field errors from Laravel and PMP bodies, and nothing else', () => {
    expect(fieldErrors({ errors: { status: ['bad', 3] } })).toEqual({ status: ['bad'] });
    expect(fieldErrors({ error: { company: 'required' } })).toEqual({ company: ['required'] });
    expect(fieldErrors({ errors: ['x'] })).toEqual({});
    expect(fieldErrors('text')).toEqual({});
    const hostile = fieldErrors(JSON.parse('{"errors": {"__proto__": ["polluted"]}}'));
    expect(Object.getPrototypeOf(hostile)).toBe(Object.prototype);
    expect(Object.keys(hostile)).toEqual(['__proto__']);
    const error = make(404, { error: { company: 'required' } }) as ValidationError;
    expect(error.fieldErrors).toEqual({ company: ['required'] });
  });
});
