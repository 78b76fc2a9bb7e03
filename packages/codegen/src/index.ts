export { type GenerateOptions, generate } from './generate.js';
export { buildMeta, compact } from './meta.js';
export { HTTP_METHODS, listOperations, type OpenApiDocument, type OperationEntry } from './openapi.js';
export { renderMeta } from './render.js';
export { StrictSchemas } from './strict-schema.js';
