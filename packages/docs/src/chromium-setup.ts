import { ensureChromium } from './chromium.js';

// vitest globalSetup: the browser is found or installed once, before any test file runs.
export default function setup(): void {
  ensureChromium();
}
