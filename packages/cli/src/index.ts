export { type Comparison, compareResponse, type Issue } from './compare.js';
export { fakeValue } from './fakes.js';
export { MAX_DEPTH, type Part, type Replacement, SanitizeError, Sanitizer } from './sanitize.js';
export { MODEL_RULES, RECORD_RULES, type RecordRule } from './sanitize-rules.js';
export { type AnyClient, clientFactories } from './vendor-clients.js';
