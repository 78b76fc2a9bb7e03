export { type Comparison, compareResponse, type Issue } from './compare.js';
export { fakeValue } from './fakes.js';
export { type Replacement, Sanitizer } from './sanitize.js';
export { SANITIZE_RULES, type SanitizeRule } from './sanitize-rules.js';
export { type AnyClient, clientFactories } from './vendor-clients.js';
