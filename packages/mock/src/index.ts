export { buildMeta, compact } from './meta.js';
export { buildMockDocument } from './mock-document.js';
export { HTTP_METHODS, listOperations, type OpenApiDocument, type OperationEntry } from './openapi.js';
export { loadRecordings, type Recording } from './recordings.js';
export type { MockOptions, RunningMock } from './server.js';
export { basePath, loadSpec } from './spec.js';
export { startMock } from './start.js';
export { StrictSchemas } from './strict-schema.js';
export { findVendor, type Vendor, type VendorName, vendors } from './vendors.js';
