/** `ispkit-<vendor>/<version> (<runtime>/<version>)`, e.g. `ispkit-smartisp/0.1.0 (Node.js/20.20.0)`. */
export function userAgent(client: string | undefined): string | undefined {
  return client ? `${client} (${runtimeName()})` : undefined;
}

function runtimeName(): string {
  const g = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { versions?: { node?: string } };
  };
  if (g.Deno?.version?.deno) return `Deno/${g.Deno.version.deno}`;
  if (g.Bun?.version) return `Bun/${g.Bun.version}`;
  if (g.process?.versions?.node) return `Node.js/${g.process.versions.node}`;
  return 'JavaScript';
}
