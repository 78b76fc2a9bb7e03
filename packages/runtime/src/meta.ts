import type { BodyEncoding } from './core.js';
import type { JsonSchema } from './validate.js';

/**
 * What the runtime knows of a vendor API beyond the generated functions, read from the spec
 * (`buildMeta` in `@ispkit/mock`). `@ispkit/codegen` writes it into each client as
 * `src/gen/vendor.gen.ts` (the vendor as a whole) and `src/gen/operations.gen.ts` (each operation's own facts).
 */
export interface VendorMeta {
  /** The vendor's "failure inside a 2xx" envelope (`x-ispkit-failure` in the spec), if it has one. */
  failure?: FailureEnvelope;
  /** Query parameter names that carry a credential: redacted from every URL the runtime reports. */
  secretQueryParams: readonly string[];
  /** Schemas used by several responses, referred to as `{ "$ref": "#/<index>" }` (in generated code, shared constants). */
  schemas?: readonly JsonSchema[];
  operations: Readonly<Record<string, OperationMeta>>;
  /** `ispkit-<vendor>/<version>`, from the client package: the start of the `User-Agent` the client sends. */
  client?: string;
  /** How the spec's default security sends the credential, in the generated client's terms (for `client.request`). */
  security?: readonly SecurityMeta[];
}

/** What the runtime knows of a vendor as a whole (`src/gen/vendor.gen.ts`); each operation carries its own facts. */
export type VendorInfo = Omit<VendorMeta, 'operations' | 'schemas'>;

/** One way of sending the credential, as the generated client's `security` option spells it. */
export interface SecurityMeta {
  type: 'apiKey' | 'http';
  /** Header or query parameter name (`apiKey`). */
  name?: string;
  in?: 'query' | 'header' | 'cookie';
  /** `bearer` or `basic` (`http`). */
  scheme?: string;
}

export interface FailureEnvelope {
  /** The body property that signals failure, e.g. `success`. */
  property: string;
  /** The value of that property meaning failure, e.g. `false`. */
  value: unknown;
  /** Where the vendor's message is, first match wins (SmartISP spells it three ways). */
  message: readonly string[];
}

export interface OperationMeta {
  method: string;
  path: string;
  /** Safe to send twice (`x-ispkit-idempotent`, else true only for GET and HEAD). */
  idempotent: boolean;
  /** The strict schema of each 2xx JSON response body, by status. */
  responses: Readonly<Record<string, JsonSchema>>;
  pagination?: PaginationMeta;
  /** How the request body is sent (generated); an operation without a body has none. */
  encoding?: BodyEncoding;
  /** The string formats those schemas use, by name (generated): a format not listed is not checked. */
  formats?: Readonly<Record<string, RegExp>>;
  /**
   * What an error status means for this operation when it is not the usual meaning of the
   * status (`x-ispkit-error` on the spec's response): rules tried in order, the first that
   * matches the body decides the error class.
   */
  errors?: Readonly<Record<string, readonly ErrorRule[]>>;
}

/** The error classes by meaning, as the spec names them. */
export const ERROR_KINDS = ['authentication', 'permission-denied', 'not-found', 'validation', 'rate-limit', 'server'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** One rule of `x-ispkit-error`; a rule without a condition always matches. */
export interface ErrorRule {
  error: ErrorKind;
  /** Matches when the body's message (the failure envelope's message properties, else `message`) is exactly this. */
  message?: string;
  /** Matches when the body has this property, holding an object (e.g. PMP's `error` map of invalid fields). */
  property?: string;
}

/** Page-numbered lists (`x-ispkit-pagination` in the spec). */
export interface PaginationMeta {
  /** The name of the generated iterator method, e.g. `iterateClients`. */
  iterator: string;
  /** Query parameter of the page number (1-based). */
  page: string;
  /** Query parameter of the page size. */
  perPage: string;
  /** The largest page size the server accepts: the iterator asks for it unless told otherwise. */
  maxPerPage: number;
  /** Dotted path of the page's items in the body, e.g. `data`. */
  items: string;
  /** Dotted path of the last page number in the body, e.g. `pagination.last_page`. */
  lastPage: string;
}
