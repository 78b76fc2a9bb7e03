// Each operation on its own, for applications that want only what they call: a bundler keeps
// the operations imported, their response schemas and the runtime, nothing else.
export * from '@ispkit/runtime/public';
export { createPmpContext, type PmpClientOptions, type PmpContext } from './context.js';
export * from './gen/operations.gen.js';
export type * from './gen/types.gen.js';
