import { ConfigurationError } from '@ispkit/runtime';
import { createSmartIspClient } from '@ispkit/smartisp';
import { expect, it } from 'vitest';

// The page number belongs to the iterator: the type refuses it (checked by the typecheck of
// this file: an unused @ts-expect-error fails it), and the run time refuses it too.
it('the iterator options refuse page, in the types and at run time', async () => {
  const client = createSmartIspClient({ baseUrl: 'http://127.0.0.1:9', apiKey: 'abcdefghijkl' });
  const iterate = () =>
    // @ts-expect-error the iterator sets the page itself
    client.iterateClients({ query: { page: 2 } });
  const allowed = () => client.iterateClients({ query: { per_page: 10 }, maxRetries: 0 });
  expect(allowed).toBeTypeOf('function');
  const error = await (async () => {
    for await (const _ of iterate()) break;
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
});
