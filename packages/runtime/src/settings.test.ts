import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors.js';
import { checkSettings } from './settings.js';

describe('checkSettings', () => {
  it.each([
    [{ timeout: 0 }, 'client options: timeout must be a positive number of milliseconds, got 0'],
    [{ timeout: Number.NaN }, 'client options: timeout must be a positive number of milliseconds, got NaN'],
    [{ maxRetries: -1 }, 'client options: maxRetries must be an integer from 0 to 10, got -1'],
    [{ maxRetries: 1.5 }, 'client options: maxRetries must be an integer from 0 to 10, got 1.5'],
    [{ validation: 'loud' }, 'client options: validation must be one of off, warn, strict, got "loud"'],
    [{ onDrift: 'console' }, 'client options: onDrift must be a function'],
  ])('refuses %j with a message naming the option', (settings, message) => {
    expect(() => checkSettings(settings as never, 'client options')).toThrow(new ConfigurationError(message));
  });

  it('accepts the documented values', () => {
    expect(() => checkSettings({ timeout: 1, maxRetries: 0, validation: 'strict', onDrift: () => {} }, 'x')).not.toThrow();
  });
});
