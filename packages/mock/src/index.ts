export { DETECTORS, type Detector, detect, detectorById, type Finding, isFakeDigits } from './detectors.js';
export { repoRoot } from './files.js';
export { buildMockDocument } from './mock-document.js';
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
export { basePath, HTTP_METHODS, listOperations, loadSpec, type OpenApiDocument, type OperationEntry } from './spec.js';
export { findVendor, type Vendor, type VendorName, vendors } from './vendors.js';
