import type { Capabilities, Capability, FindKind, RawTypes } from './capabilities.js';
import { NotSupportedError, UnexpectedAnswerError } from './errors.js';
import { type Exchange, mapExchange, mappingFor, type VendorMappings } from './mapping.js';
import type { Kind, Kinds, VendorName } from './model.js';

/** What a capability's implementation works with. */
export interface VendorContext<Client, Options> {
  vendor: VendorName;
  client: Client;
  /** The options the unified client was created with, `vendor` aside. */
  options: Options;
  /** The unified objects of `kind` in one exchange, through the vendor's mapping of `operation`. */
  map<K extends Kind>(kind: K, operation: string, request: Exchange['request'] | undefined, response: unknown): Kinds[K][];
  /** The one unified object of `kind` in an exchange; `UnexpectedAnswerError` when the answer holds none. */
  one<K extends Kind>(kind: K, operation: string, request: Exchange['request'] | undefined, response: unknown): Kinds[K];
  /** Rejects a request the vendor cannot express (a status it lacks, a lookup it does not offer). */
  unsupported(what: string, detail?: string): never;
}

type Run<Client, Options, C extends Capability> = (
  context: VendorContext<Client, Options>,
  input: Parameters<Capabilities[C]>[0],
) => ReturnType<Capabilities[C]>;

/** A capability as the vendor does it: the vendor operations it calls (for the matrix) and how. */
export interface CapabilityImpl<Client, Options, C extends Capability> {
  operations: readonly string[];
  run: Run<Client, Options, C>;
}

/**
 * Everything the unified client knows of one vendor: how to build its client, its field mappings
 * and the capabilities it really offers. Each vendor file exports one; nothing else names a vendor.
 */
export interface VendorDefinition<Client, Options, C extends Capability, Raw extends RawTypes> {
  name: VendorName;
  create(options: Options): Client;
  mappings: VendorMappings;
  /** The ways `findSubscriber` can look a subscriber up. */
  findsBy: readonly FindKind[];
  capabilities: { [K in C]: CapabilityImpl<Client, Options, K> };
  /** Types only: the vendor bodies behind each kind. */
  raw?: Raw;
}

export function defineVendor<Client, Options, C extends Capability, Raw extends RawTypes>(
  definition: VendorDefinition<Client, Options, C, Raw>,
): VendorDefinition<Client, Options, C, Raw> {
  return definition;
}

export function contextFor<Client, Options>(
  vendor: VendorName,
  mappings: VendorMappings,
  client: Client,
  options: Options,
): VendorContext<Client, Options> {
  const map = <K extends Kind>(kind: K, operation: string, request: Exchange['request'] | undefined, response: unknown) =>
    mapExchange(kind, mappingFor(mappings, kind, operation), { request: request ?? {}, response }, vendor);
  return {
    vendor,
    client,
    options,
    map,
    one(kind, operation, request, response) {
      const [first] = map(kind, operation, request, response);
      if (first === undefined) throw new UnexpectedAnswerError(vendor, operation);
      return first;
    },
    unsupported(what, detail) {
      throw new NotSupportedError(vendor, what, detail);
    },
  };
}
