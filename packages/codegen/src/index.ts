// The spec readers live in @ispkit/mock, which the CLI ships; they are re-exported for the build tools.
export {
  buildMeta,
  compact,
  HTTP_METHODS,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  StrictSchemas,
} from '@ispkit/mock';
export { type GenerateOptions, generate } from './generate.js';
export { type RenderedClient, renderClient } from './render.js';
