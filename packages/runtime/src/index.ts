export { ConfigurationError, HttpError, IspkitError, NetworkError } from './errors.js';
export { type BoundOperations, bindOperations, type CallOptions, type ResultData } from './operations.js';
export { normalizeBaseUrl, requireSecret } from './options.js';
