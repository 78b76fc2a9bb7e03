export { DETECTORS, type Detector, detect, detectorById, type Finding, isFakeDigits } from './detectors.js';
export { repoRoot } from './files.js';
export { buildMeta, compact } from './meta.js';
export { buildMockDocument } from './mock-document.js';
export { HTTP_METHODS, listOperations, type OpenApiDocument, type OperationEntry } from './openapi.js';
export { buildPublishedSpec } from './published-spec.js';
export { loadRecordings, type Recording } from './recordings.js';
export {
  type AllowEntry,
  assertRecordingClean,
  disabledRules,
  loadAllowList,
  parseAllowList,
  RecordingScanError,
  type ScanHit,
  type ScanOptions,
  scanValue,
} from './scan.js';
export type { MockOptions, RunningMock } from './server.js';
export { basePath, loadSpec } from './spec.js';
export { startMock } from './start.js';
export { StrictSchemas } from './strict-schema.js';
export { findVendor, type Vendor, type VendorName, vendors } from './vendors.js';
