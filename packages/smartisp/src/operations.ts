// Each operation on its own, for applications that want only what they call: a bundler keeps
// the operations imported, their response schemas and the runtime, nothing else.
export * from '@ispkit/runtime/public';
export { createSmartIspContext, type SmartIspClientOptions, type SmartIspContext } from './context.js';
export * from './gen/operations.gen.js';
export type * from './gen/types.gen.js';
