/** A plain JSON object (not an array, not null): what a vendor body's records are. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
