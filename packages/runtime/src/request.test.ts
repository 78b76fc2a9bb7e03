import { describe, expect, it } from 'vitest';
import { describeRequest, formDataBodySerializer, urlSearchParamsBodySerializer } from './core.js';
import { ConfigurationError } from './errors.js';
import { buildRequest } from './request.js';

const to = {
  baseUrl: 'https://isp.example.com/api',
  basePath: '/api',
  secret: 'key-12345678',
  headers: { 'User-Agent': 'ispkit-test/1' },
};

describe('buildRequest', () => {
  it('encodes path parameters and writes the query, one key per array item and objects as name[key]', () => {
    const request = buildRequest(
      'op',
      describeRequest.get({
        url: '/tickets/{id}/notes',
        path: { id: 'a/b c' },
        query: { status: ['new', 'open'], filter: { from: '2026-01-01' }, page: 2, skipped: undefined, none: null },
      }),
      to,
    );
    expect(request.method).toBe('GET');
    expect(request.pathname).toBe('/api/tickets/a%2Fb%20c/notes');
    expect(request.url).toBe(
      'https://isp.example.com/api/tickets/a%2Fb%20c/notes?status=new&status=open&filter[from]=2026-01-01&page=2',
    );
    expect(request.body).toBeUndefined();
    expect(request.headers.get('content-type')).toBeNull();
    expect(request.headers.get('user-agent')).toBe('ispkit-test/1');
  });

  it('refuses a missing path parameter before anything is sent', () => {
    expect(() => buildRequest('getTicket', describeRequest.get({ url: '/tickets/{id}' }), to)).toThrow(
      new ConfigurationError('getTicket: path parameter "id" is missing'),
    );
  });

  it('names the operation when a parameter cannot be encoded', () => {
    expect(() => buildRequest('listTickets', describeRequest.get({ url: '/tickets', query: { ids: [[1]] } }), to)).toThrow(
      new ConfigurationError('listTickets: a path or query parameter cannot be a nested object or array'),
    );
  });

  it.each(['.', '..'])('refuses the dot segment %j as a path parameter, which fetch would resolve to another endpoint', (id) => {
    expect(() => buildRequest('getTicket', describeRequest.get({ url: '/tickets/{id}', path: { id } }), to)).toThrow(
      ConfigurationError,
    );
  });

  it('sends the credential as the security says: header, query (also on a call without a query) or bearer', () => {
    const header = buildRequest(
      'op',
      describeRequest.get({ url: '/a', security: [{ type: 'apiKey', name: 'X-Authorization' }] }),
      to,
    );
    expect(header.headers.get('x-authorization')).toBe(to.secret);
    const query = buildRequest(
      'op',
      describeRequest.get({ url: '/a', security: [{ type: 'apiKey', name: 'token', in: 'query' }] }),
      to,
    );
    expect(query.url).toBe(`https://isp.example.com/api/a?token=${to.secret}`);
    const bearer = buildRequest('op', describeRequest.get({ url: '/a', security: [{ type: 'http', scheme: 'bearer' }] }), to);
    expect(bearer.headers.get('authorization')).toBe(`Bearer ${to.secret}`);
  });

  it('sends a JSON body as JSON, with its type, and big integers as text', () => {
    const request = buildRequest('op', describeRequest.post({ url: '/pay', body: { amount: 10n, note: 'x' } }), to);
    expect(request.body).toBe('{"amount":"10","note":"x"}');
    expect(request.headers.get('content-type')).toBe('application/json');
  });

  it('sends form fields as the generated function asks, arrays one field per item', () => {
    const request = buildRequest(
      'op',
      describeRequest.post({
        ...urlSearchParamsBodySerializer,
        url: '/pay',
        body: { id: 3, tags: ['a', 'b'], gone: undefined },
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      to,
    );
    expect(request.body).toBe('id=3&tags=a&tags=b');
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('leaves the multipart type to fetch, which adds the boundary', () => {
    const request = buildRequest(
      'op',
      describeRequest.post({ ...formDataBodySerializer, url: '/files', body: { name: 'n' }, headers: { 'Content-Type': null } }),
      to,
    );
    expect(request.body).toBeInstanceOf(FormData);
    expect(request.headers.get('content-type')).toBeNull();
  });

  it('drops the body type when there is no body, and lets null remove a default header', () => {
    const request = buildRequest(
      'op',
      describeRequest.post({ url: '/a', headers: { 'Content-Type': 'application/json', 'User-Agent': null } }),
      to,
    );
    expect(request.body).toBeUndefined();
    expect(request.headers.get('content-type')).toBeNull();
    expect(request.headers.get('user-agent')).toBeNull();
  });
});
