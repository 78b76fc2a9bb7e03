import type { VendorName } from '@ispkit/mock';
import { CliError } from './cli-error.js';
import type { CallOptions } from './params.js';
import { clientFactories } from './vendor-clients.js';

/** What the server answered, as it came. */
export interface Exchange {
  status: number;
  contentType: string | null;
  text: string;
}

export type CallOutcome =
  | {
      kind: 'answered';
      exchange: Exchange /** The vendor's failure envelope in a 2xx, with its message. */;
      vendorFailure?: string;
    }
  | { kind: 'no-answer'; reason: string /** The connection itself failed: every other call will too. */; unreachable: boolean };

export interface CallerOptions {
  vendor: VendorName;
  baseUrl: string;
  key: string;
  timeoutMs: number;
}

// Statuses whose Response cannot carry a body.
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** The largest answer read: the clients' own default limit. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

class AnswerTooLarge extends Error {}

/** The body as text, read once and stopped the moment it passes the limit. */
async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Calls operations through the vendor's published client, recording the raw answer on the
 * way: the client builds the request exactly as an application's would (credentials, path,
 * query and body encoding), and the comparison sees status, content type and text untouched.
 * Drift detection and retries are off: one request per operation, judged here.
 */
export function createCaller(options: CallerOptions): (operationId: string, call: CallOptions) => Promise<CallOutcome> {
  let last: Exchange | undefined;
  let tooLarge = false;
  const capture: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    let text: string;
    try {
      text = await readBounded(response);
    } catch (error) {
      tooLarge = error instanceof AnswerTooLarge;
      throw error;
    }
    last = { status: response.status, contentType: response.headers.get('content-type'), text };
    return new Response(NULL_BODY.has(response.status) ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  let client: ReturnType<(typeof clientFactories)[VendorName]>;
  try {
    client = clientFactories[options.vendor](options.baseUrl, options.key, {
      fetch: capture,
      timeout: options.timeoutMs,
      maxRetries: 0,
      validation: 'off',
    });
  } catch (error) {
    // A ConfigurationError (bad base URL): its message never holds the key.
    throw new CliError((error as Error).message);
  }

  return async (operationId, call) => {
    last = undefined;
    tooLarge = false;
    const operation = client[operationId];
    if (!operation) throw new Error(`the ${options.vendor} client has no operation ${operationId}`);
    try {
      await operation(call);
      if (!last) throw new Error(`${operationId} returned without a request`);
      return { kind: 'answered', exchange: last };
    } catch (error) {
      const { name, message } = error as Error;
      if (last && name === 'VendorFailureError') {
        return { kind: 'answered', exchange: last, vendorFailure: (error as { vendorMessage?: string }).vendorMessage ?? '' };
      }
      if (last) return { kind: 'answered', exchange: last };
      if (tooLarge) return { kind: 'no-answer', reason: `an answer larger than ${MAX_ANSWER_BYTES} bytes`, unreachable: false };
      if (name === 'TimeoutError')
        return { kind: 'no-answer', reason: `no answer within ${options.timeoutMs / 1000} s`, unreachable: false };
      if (name === 'NetworkError') return { kind: 'no-answer', reason: stripOperation(message), unreachable: true };
      return { kind: 'no-answer', reason: stripOperation(message), unreachable: false };
    }
  };
}

// Request errors start with `METHOD /path`; the report names the operation already.
function stripOperation(message: string): string {
  return message.replace(/^[A-Z]+ \/\S* /, '');
}
