import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listOperations, type OpenApiDocument, vendors } from '@ispkit/mock';
import { type RunningMock, startMock } from '@ispkit/mock/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.js';
import { clients } from './clients.js';
import { referenceSpec, siteDir } from './site.js';
import { type StaticServer, serveDirectory } from './static-server.js';

// Kept by CI as an artifact; ignored by git.
const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url));

let browser: Browser;
let site: StaticServer;
const mocks = new Map<string, RunningMock>();

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  site = await serveDirectory(siteDir);
  // The mocks and the browser start together: each takes seconds, and none needs another. Whatever
  // started is kept for afterAll to close, even when another failed to.
  const starting = vendors.map((vendor) => startMock(vendor.name, { port: 0 }).then((mock) => void mocks.set(vendor.name, mock)));
  const launching = chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = await Promise.allSettled([
    ...starting,
    launching.then((started) => {
      browser = started;
    }),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await Promise.all([...mocks.values()].map((mock) => mock.close()));
});

/** What a page did beside rendering: console errors, uncaught exceptions, requests that left the machine's servers. */
interface PageLog {
  errors: string[];
  external: string[];
}

async function openReference(vendor: string, mock: RunningMock): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(60_000);
  const log: PageLog = { errors: [], external: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  // Offline means offline: anything but the site and the mocks is recorded and refused.
  const allowed = [site.url, new URL(mock.url).origin];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed.some((origin) => url.startsWith(origin)) || url.startsWith('data:')) return route.continue();
    log.external.push(url);
    return route.abort();
  });
  await page.goto(`${site.url}${vendor}/?mockPort=${new URL(mock.url).port}`, { waitUntil: 'load' });
  return { page, log };
}

/** Text without any whitespace, so that a rendered JSON example compares with its compact form. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function firstResponseExample(operation: Record<string, unknown>): unknown {
  const responses = operation.responses as Record<
    string,
    { content?: Record<string, { examples?: Record<string, { value: unknown }> }> }
  >;
  const success = Object.keys(responses).find((status) => status.startsWith('2'));
  const media = Object.values(responses[success ?? '']?.content ?? {})[0];
  return Object.values(media?.examples ?? {})[0]?.value;
}

describe.each(vendors)('the $name reference page', (vendor) => {
  let spec: OpenApiDocument;

  beforeAll(() => {
    spec = referenceSpec(vendor);
  });

  it('shows every operation with its example, its TypeScript call, and sends a GET to the mock', async () => {
    const mock = mocks.get(vendor.name)!;
    const { page, log } = await openReference(vendor.name, mock);
    const operations = listOperations(spec);
    await page.locator('aside.t-doc__sidebar').waitFor();
    await page.waitForFunction(
      (count) => document.querySelectorAll('section.section[id*="/tag/"] [aria-label="Example Responses"]').length >= count,
      operations.length,
      { timeout: 90_000 },
    );

    const navigation = await page
      .locator('aside.t-doc__sidebar')
      .locator('a, button')
      .evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()));
    // Scalar labels DELETE as DEL.
    for (const { operation, method } of operations) {
      expect(navigation, `${operation.summary} in the navigation`).toContain(
        `${operation.summary}HTTP Method: ${method === 'delete' ? 'DEL' : method.toUpperCase()}`,
      );
    }

    for (const { operationId, operation, method, path } of operations) {
      const section = page.locator(`section.section[id$="/${method.toUpperCase()}${path}"]`);
      await expect.poll(() => section.count(), { message: `${operationId} has one section` }).toBe(1);
      const code = await section.locator('code.language-TypeScript').textContent();
      expect(code, `${operationId} shows its TypeScript call`).toContain(`${clients[vendor.name].variable}.${operationId}(`);
      const example = firstResponseExample(operation);
      expect(example, `${operationId} has a recorded example`).toBeDefined();
      const card = squeeze((await section.locator('[aria-label="Example Responses"]').textContent()) ?? '');
      expect(card, `${operationId} shows its example response`).toContain(squeeze(JSON.stringify(example)).slice(0, 60));
    }
    await page.screenshot({ path: `${screenshots}${vendor.name}.png` });
    const first = operations[0]!;
    await page.locator(`section.section[id$="/${first.method.toUpperCase()}${first.path}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}${vendor.name}-${first.operationId}.png` });

    // "Test Request" on the first GET, sent to the mock through the server list's first entry.
    const get = operations.find((o) => o.method === 'get')!;
    const section = page.locator(`section.section[id$="/GET${get.path}"]`);
    await section.getByRole('button', { name: /Test Request/ }).click();
    const answer = page.waitForResponse((response) => response.url().startsWith(mock.url), { timeout: 60_000 });
    await page.getByRole('button', { name: /^Send get request to/i }).click();
    expect((await answer).status()).toBe(200);
    await expect.poll(() => page.getByText('200 OK').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: `${screenshots}${vendor.name}-try-it.png` });

    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.close();
  });
});

// The page's own script in the browser, with Scalar replaced by a stand-in that keeps what it is given:
// which server a query selects is the script's logic, and the pages above already show Scalar sending
// "Test Request" to the server a `?mockPort=` names. Rendering Scalar three more times proved nothing more.
it('points the mock server at another port only, never at another host', async () => {
  const page = await browser.newPage();
  await page.route('**/assets/scalar/standalone.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'window.Scalar = { createApiReference: (_, config) => { window.scalarConfig = config; } };',
    }),
  );
  for (const [query, expected] of [
    ['', 'http://127.0.0.1:4010/api/SmartIPS-v1'],
    ['?mockPort=4999', 'http://127.0.0.1:4999/api/SmartIPS-v1'],
    ['?mockPort=evil.example', 'http://127.0.0.1:4010/api/SmartIPS-v1'],
    ['?mockPort=1@evil.example', 'http://127.0.0.1:4010/api/SmartIPS-v1'],
    ['?mockPort=70000', 'http://127.0.0.1:4010/api/SmartIPS-v1'],
  ] as const) {
    await page.goto(`${site.url}smartisp/${query}`);
    const servers = await page
      .waitForFunction(() => (window as { scalarConfig?: { content: { servers: { url: string }[] } } }).scalarConfig)
      .then((config) => config.jsonValue())
      .then((config) => config!.content.servers.map((server) => server.url));
    expect(servers[0], query).toBe(expected);
    expect(
      servers.slice(1).every((url) => url.startsWith('https://')),
      query,
    ).toBe(true);
  }
  await page.close();
});
