import type { Answer } from './fake-vendor.js';

/** One change planted in a copy of the faithful server, and the issues `verify` must report for it. */
export interface Drift {
  kind: string;
  operationId: string;
  change: (body: Json) => Answer | undefined;
  /** The `where` of each issue it causes (a JSON pointer, `content-type` or `body`). */
  expected: string[];
}

// The recorded bodies are plain JSON objects; the changes below know their shape.
// biome-ignore lint/suspicious/noExplicitAny: a test fixture reaching into known bodies
type Json = any;

const json = (body: unknown): Answer => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });

export const smartispDrifts: Drift[] = [
  {
    kind: 'renamed field',
    operationId: 'getPlans',
    change: (body) => {
      const { name, ...plan } = body.plans[0];
      body.plans[0] = { ...plan, plan_name: name };
      return json(body);
    },
    expected: ['/plans/0/name', '/plans/0/plan_name'],
  },
  {
    kind: 'changed type',
    operationId: 'getRouters',
    change: (body) => {
      body.routers[0].port = String(body.routers[0].port);
      return json(body);
    },
    expected: ['/routers/0/port'],
  },
  {
    kind: 'extra field',
    operationId: 'getUser',
    change: (body) => {
      body.user.loyalty_points = 120;
      return json(body);
    },
    expected: ['/user/loyalty_points'],
  },
  {
    kind: 'missing field',
    operationId: 'getTicketsMeta',
    change: (body) => {
      delete body.data.priority;
      return json(body);
    },
    expected: ['/data/priority'],
  },
  {
    kind: 'HTML error page',
    operationId: 'getInvoiceWithClient',
    change: () => ({
      status: 200,
      contentType: 'text/html; charset=UTF-8',
      body: '<!DOCTYPE html><html><head><title>Server Error</title></head><body><h1>Whoops, looks like something went wrong.</h1></body></html>',
    }),
    expected: ['content-type', 'body'],
  },
];

export function alterBy(drifts: Drift[]) {
  return (operationId: string, body: unknown) => drifts.find((d) => d.operationId === operationId)?.change(body);
}
