import type { VendorName } from '@ispkit/mock';
import * as pmp from '@ispkit/pmp/operations';
import { ConfigurationError } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import * as smartisp from '@ispkit/smartisp/operations';
import * as suricata from '@ispkit/suricata-wispro/operations';
import * as zalultra from '@ispkit/zalultra/operations';
import { describe, expect, inject, it } from 'vitest';
import { loadVendor } from '../src/context.js';
import { FAKE_SECRET, materialize } from '../src/http.js';
import { selectedNames } from '../src/selection.js';

type Standalone = ((context: unknown, options?: object) => Promise<unknown>) & {
  spec: { operationId: string; method: string; path: string };
  withResponse(context: unknown, options?: object): Promise<{ data: unknown; status: number }>;
};

// Each vendor's `@ispkit/<vendor>/operations` entry: its context factory and its standalone operations.
const entries: Record<VendorName, { module: Record<string, unknown>; context(baseUrl: string): unknown }> = {
  smartisp: {
    module: smartisp,
    context: (baseUrl) => smartisp.createSmartIspContext({ baseUrl, apiKey: FAKE_SECRET, validation: 'strict' }),
  },
  zalultra: {
    module: zalultra,
    context: (baseUrl) => zalultra.createZalUltraContext({ baseUrl, token: FAKE_SECRET, validation: 'strict' }),
  },
  'suricata-wispro': {
    module: suricata,
    context: (baseUrl) => suricata.createSuricataWisproContext({ baseUrl, token: FAKE_SECRET, validation: 'strict' }),
  },
  pmp: { module: pmp, context: (baseUrl) => pmp.createPmpContext({ baseUrl, token: FAKE_SECRET, validation: 'strict' }) },
};

describe.each(selectedNames)('%s standalone operations against the mock', (name) => {
  const vendor = loadVendor(name);
  const baseUrl = inject('mocks')[name] as string;
  const { module, context: createContext } = entries[name];
  const context = createContext(baseUrl);
  const operation = (id: string) => module[id] as Standalone | undefined;

  it('exports one operation per spec operation, with its method and path', () => {
    for (const entry of vendor.operations) {
      const standalone = operation(entry.operationId);
      expect(standalone, `${entry.operationId} in @ispkit/${name}/operations`).toBeTypeOf('function');
      expect(standalone!.spec).toMatchObject({
        operationId: entry.operationId,
        method: entry.method.toUpperCase(),
        path: entry.path,
      });
    }
  });

  it.each(vendor.recordings.filter((r) => r.response.status < 300).map((r) => [r.name, r] as const))(
    '%s: called with a context, returns the recorded body',
    async (_, recording) => {
      const result = await operation(recording.operationId)!(context, {
        ...materialize(recording.request.options),
        headers: { Prefer: `example=${recording.name}` },
      });
      expect(result).toEqual(recording.response.body);
    },
  );

  it("refuses another vendor's context before sending anything", async () => {
    const other = selectedNames.find((n) => n !== name) ?? (name === 'pmp' ? 'smartisp' : 'pmp');
    const foreign = entries[other].context('http://127.0.0.1:9');
    const first = operation(vendor.operations[0]!.operationId)!;
    await expect(first(foreign)).rejects.toThrow(ConfigurationError);
    await expect(first({ vendor: name })).rejects.toThrow(/must be a client or context/);
  });
});

describe('a whole client is a context too', () => {
  it('getPlans(createSmartIspClient(…)) answers as client.getPlans()', async () => {
    const baseUrl = inject('mocks').smartisp as string;
    const client = createSmartIspClient({ baseUrl, apiKey: FAKE_SECRET });
    const viaOperation = await smartisp.getPlans(client);
    expect(viaOperation).toEqual(await client.getPlans());
  });
});
