import { ConfigurationError } from '@ispkit/runtime';
import { CAPABILITIES, type Capabilities, type Capability, type FindKind, type SubscriberQuery } from './capabilities.js';
import { NotSupportedError } from './errors.js';
import type { InvoiceStatus, TicketStatus, VendorName } from './model.js';
import { contextFor } from './vendor.js';
import { vendorDefinitions } from './vendors/index.js';

type Definitions = typeof vendorDefinitions;
type Definition<V extends VendorName> = Definitions[V];

/** The capabilities vendor `V` really offers. */
export type CapabilitiesOf<V extends VendorName> = Extract<keyof Definition<V>['capabilities'], Capability>;
/** The vendor bodies behind each unified kind for vendor `V` (the type of `raw`). */
export type RawOf<V extends VendorName> = V extends VendorName ? NonNullable<Definition<V>['raw']> : never;
/** The options of `createUnifiedClient` for vendor `V`: `vendor` and that vendor client's own options. */
export type UnifiedClientOptions<V extends VendorName = VendorName> = V extends VendorName
  ? { vendor: V } & Parameters<Definition<V>['create']>[0]
  : never;

interface ClientBase<V extends VendorName> {
  readonly vendor: V;
  /** Whether the vendor offers a capability; when it does not, calling it rejects with `NotSupportedError`. */
  supports(capability: Capability): boolean;
  /** The ways `findSubscriber` can look up a subscriber with this vendor. */
  readonly findsBy: readonly FindKind[];
  /** The vendor's own client, for what the unified model does not cover. */
  readonly vendorClient: ReturnType<Definition<V>['create']>;
}

/** A client for a vendor known at compile time: only the capabilities it offers exist. */
export type UnifiedClient<V extends VendorName> = ClientBase<V> & Pick<Capabilities<RawOf<V>>, CapabilitiesOf<V>>;
/** A client for a vendor chosen at run time: every capability, each rejecting `NotSupportedError` when the vendor lacks it. */
export type AnyUnifiedClient = ClientBase<VendorName> & Capabilities<RawOf<VendorName>>;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
export type ClientFor<V extends VendorName> = true extends IsUnion<V> ? AnyUnifiedClient : UnifiedClient<V>;

/**
 * Creates a unified client over one vendor's ispkit client. Errors, retries (never of a payment),
 * timeouts and masking are the vendor client's own; the options besides `vendor` are its options.
 */
export function createUnifiedClient<O extends UnifiedClientOptions>(options: O): ClientFor<O['vendor']> {
  const vendor: unknown = options?.vendor;
  if (typeof vendor !== 'string' || !Object.hasOwn(vendorDefinitions, vendor)) {
    throw new ConfigurationError(
      `vendor must be one of ${Object.keys(vendorDefinitions).join(', ')}; got ${typeof vendor === 'string' ? JSON.stringify(vendor.slice(0, 40)) : typeof vendor}`,
    );
  }
  // One vendor's definition, seen through the shape they all share.
  const definition = vendorDefinitions[vendor as VendorName] as unknown as {
    create(options: unknown): unknown;
    mappings: Parameters<typeof contextFor>[1];
    findsBy: readonly FindKind[];
    capabilities: Partial<Record<Capability, { run(context: unknown, input: unknown): Promise<unknown> }>>;
  };
  const { vendor: _vendor, ...rest } = options as { vendor: string };
  const vendorClient = definition.create(rest);
  const context = contextFor(vendor as VendorName, definition.mappings, vendorClient, rest);
  const supports = (capability: Capability) => Object.hasOwn(definition.capabilities, capability);

  const unified: Record<string, unknown> = { vendor, vendorClient, findsBy: definition.findsBy, supports };
  for (const capability of CAPABILITIES) {
    unified[capability] = async (input: unknown) => {
      const implementation = definition.capabilities[capability];
      if (!implementation) throw new NotSupportedError(vendor, capability);
      if (capability === 'findSubscriber') {
        const kind = queryKind(input as SubscriberQuery);
        if (!definition.findsBy.includes(kind)) throw new NotSupportedError(vendor, `findSubscriber by ${kind}`);
      }
      const result = await implementation.run(context, input);
      return Array.isArray(result) ? narrowed(capability, input, result) : result;
    };
  }
  return unified as ClientFor<O['vendor']>;
}

function queryKind(query: SubscriberQuery): FindKind {
  if (query && typeof query === 'object') {
    if ('document' in query) return 'document';
    if ('id' in query) return 'id';
    if ('email' in query) return 'email';
  }
  throw new ConfigurationError('findSubscriber takes { document }, { id } or { email }');
}

// Filters a vendor cannot apply on its server are applied to what it returned.
function narrowed(capability: Capability, input: unknown, results: unknown[]): unknown[] {
  const filter = (input ?? {}) as { status?: string; subscriberId?: string };
  if (capability === 'listInvoices' && filter.status !== undefined) {
    const wanted: InvoiceStatus[] = filter.status === 'unpaid' ? ['unpaid', 'overdue'] : [filter.status as InvoiceStatus];
    return results.filter((r) => wanted.includes((r as { status: InvoiceStatus }).status));
  }
  if (capability === 'listTickets') {
    return results.filter(
      (r) =>
        (filter.status === undefined || (r as { status: TicketStatus }).status === filter.status) &&
        (filter.subscriberId === undefined ||
          (r as { subscriberId: string | null }).subscriberId === String(filter.subscriberId)),
    );
  }
  return results;
}
