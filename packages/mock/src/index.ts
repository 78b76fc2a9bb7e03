export { buildMockDocument } from './mock-document.js';
export { buildPublishedSpec } from './published-spec.js';
export { loadRecordings, type Recording } from './recordings.js';
export { basePath, HTTP_METHODS, listOperations, loadSpec, type OpenApiDocument, type OperationEntry } from './spec.js';
export { findVendor, type Vendor, type VendorName, vendors } from './vendors.js';
