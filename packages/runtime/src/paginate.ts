import { ConfigurationError, IspkitError } from './errors.js';
import type { PaginationMeta } from './meta.js';
import type { PerCallSettings } from './settings.js';

type PageCall = (options?: object) => Promise<unknown>;

/**
 * Every item of a page-numbered list: asks for the largest pages the server allows, stops
 * after the last page (or an empty one); an aborted signal stops it at the next page request.
 */
export async function* paginate(
  call: PageCall,
  pagination: PaginationMeta,
  options: (PerCallSettings & { query?: Record<string, unknown> }) | undefined = {},
): AsyncGenerator<unknown, void, undefined> {
  const query = { ...options.query };
  if (pagination.page in query) {
    throw new ConfigurationError(`${pagination.iterator}: the iterator sets "${pagination.page}" itself; omit it`);
  }
  const perPage = query[pagination.perPage] ?? pagination.maxPerPage;
  for (let page = 1; ; page++) {
    const body = await call({ ...options, query: { ...query, [pagination.page]: page, [pagination.perPage]: perPage } });
    const items = at(body, pagination.items);
    const lastPage = at(body, pagination.lastPage);
    if (!Array.isArray(items)) throw new IspkitError(`${pagination.iterator}: page ${page} has no "${pagination.items}" list`);
    yield* items;
    if (items.length === 0 || typeof lastPage !== 'number' || page >= lastPage) return;
  }
}

function at(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}
