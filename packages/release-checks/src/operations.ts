/** An OpenAPI 3 document, as parsed from YAML. */
export type OpenApi = Record<string, unknown> & {
  paths?: Record<string, Record<string, unknown>>;
  security?: SecurityRequirement[];
  components?: { securitySchemes?: Record<string, Record<string, unknown>> };
};

type SecurityRequirement = Record<string, string[]>;

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  route: string;
  method: string;
  operation: Record<string, unknown> & { operationId?: string; security?: SecurityRequirement[] };
}

export function listOperations(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths ?? {}).flatMap(([route, item]) =>
    METHODS.filter((method) => typeof item[method] === 'object' && item[method] !== null).map((method) => ({
      route,
      method,
      operation: item[method] as Operation['operation'],
    })),
  );
}

/** `GET /plans (getPlans)`; the operationId is taken from whichever side has the operation. */
export function operationLabel(route: string, method: string, before: OpenApi, after: OpenApi): string {
  if (!(METHODS as readonly string[]).includes(method)) return route;
  const find = (doc: OpenApi) => (doc.paths?.[route]?.[method] as { operationId?: string } | undefined)?.operationId;
  const id = find(before) ?? find(after);
  return `${method.toUpperCase()} ${route}${id ? ` (${id})` : ''}`;
}

/**
 * How a caller authenticates to an operation, the effective requirement (its own `security`, else the
 * document's) written out from the scheme definitions: `apiKey in header X-Authorization`, `none`.
 */
export function describeAuth(doc: OpenApi, operation: Operation['operation']): string {
  const requirements = operation.security ?? doc.security ?? [];
  if (requirements.length === 0) return 'none';
  const schemes = doc.components?.securitySchemes ?? {};
  return requirements
    .map((requirement) => {
      const names = Object.keys(requirement);
      if (names.length === 0) return 'anonymous';
      return names
        .map((name) => {
          const scheme = schemes[name];
          if (!scheme) return `undefined scheme ${name}`;
          const scopes = requirement[name]?.length ? ` [${[...(requirement[name] ?? [])].sort().join(', ')}]` : '';
          if (scheme.type === 'apiKey') return `apiKey in ${String(scheme.in)} ${String(scheme.name)}${scopes}`;
          if (scheme.type === 'http') return `http ${String(scheme.scheme).toLowerCase()}${scopes}`;
          return `${String(scheme.type)}${scopes}`;
        })
        .sort()
        .join(' + ');
    })
    .sort()
    .join(' or ');
}

/** The operations present in both documents whose auth differs, each described. */
export function authChanges(before: OpenApi, after: OpenApi): { where: string; description: string }[] {
  const changes: { where: string; description: string }[] = [];
  for (const { route, method, operation } of listOperations(before)) {
    const next = after.paths?.[route]?.[method] as Operation['operation'] | undefined;
    if (!next) continue;
    const was = describeAuth(before, operation);
    const now = describeAuth(after, next);
    if (was !== now)
      changes.push({ where: operationLabel(route, method, before, after), description: `[Changed] auth: ${was} → ${now}` });
  }
  return changes;
}
