import type { Vendor } from '@ispkit/mock';
import type { ClientEntry } from './clients.js';

/** Where TypeDoc writes the SDK reference of a package, relative to the site root (see typedoc.ts). */
export function sdkPath(packageName: string): string {
  return `sdk/${packageName.replace('@ispkit/', '')}/`;
}

const STYLE = `
  body { margin: 0; }
  .ispkit-bar, .ispkit-index { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1f; }
  .ispkit-bar { display: flex; gap: 1.25rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 1px solid #ddd;
    font-size: 14px; background: #fafafa; }
  .ispkit-bar strong { margin-right: auto; }
  .ispkit-bar a { color: #2457c5; text-decoration: none; }
  .ispkit-index { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
  .ispkit-index table { border-collapse: collapse; width: 100%; }
  .ispkit-index th, .ispkit-index td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  .ispkit-index code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.9em; }`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** One vendor's reference: Scalar renders openapi.json next to it, with every script served by the site itself. */
export function referencePage(vendor: Vendor, client: ClientEntry): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(vendor.title)} · ispkit API reference</title>
  <link rel="icon" href="data:,">
  <style>${STYLE}</style>
</head>
<body>
  <nav class="ispkit-bar">
    <strong>ispkit · ${escapeHtml(vendor.title)}</strong>
    <a href="../">All vendors</a>
    <a href="../${sdkPath(client.package)}">SDK reference (${escapeHtml(client.package)})</a>
    <a href="../${sdkPath('@ispkit/runtime')}">@ispkit/runtime</a>
    <a href="openapi.yaml">openapi.yaml</a>
  </nav>
  <div id="app"></div>
  <script src="../assets/scalar/standalone.js"></script>
  <script src="../assets/reference.js"></script>
</body>
</html>
`;
}

/**
 * The script of every reference page. `?mockPort=N` points the mock server at another port
 * (`pnpm mock --port N`); only a port, so a link can never send a credential to another host.
 */
export function referenceScript(mockCredential: string): string {
  return `// Renders ./openapi.json with Scalar, offline: no fonts, proxy or telemetry from elsewhere.
(async () => {
  const spec = await (await fetch('openapi.json')).json();
  const port = new URLSearchParams(location.search).get('mockPort');
  if (port && /^[0-9]{1,5}$/.test(port) && Number(port) > 0 && Number(port) < 65536) {
    const mock = new URL(spec.servers[0].url);
    mock.port = port;
    spec.servers[0].url = mock.href.replace(/\\/$/, '');
  }
  const schemes = spec.components?.securitySchemes ?? {};
  const [name, scheme] = Object.entries(schemes)[0] ?? [];
  const credential = ${JSON.stringify(mockCredential)};
  Scalar.createApiReference('#app', {
    content: spec,
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    showDeveloperTools: 'never',
    hideClientButton: true,
    defaultOpenAllTags: true,
    hiddenClients: true,
    persistAuth: false,
    metaData: { title: document.title },
    authentication: name
      ? {
          preferredSecurityScheme: name,
          securitySchemes: { [name]: scheme.type === 'http' ? { token: credential } : { value: credential } },
        }
      : undefined,
  });
})();
`;
}

export interface IndexRow {
  vendor: Vendor;
  client: ClientEntry;
  operations: number;
}

export function indexPage(rows: IndexRow[], scalarVersion: string): string {
  const total = rows.reduce((sum, row) => sum + row.operations, 0);
  const body = rows
    .map(
      ({ vendor, client, operations }) => `      <tr>
        <td><a href="${vendor.name}/"><strong>${escapeHtml(vendor.title)}</strong></a><br><code>${vendor.name}</code></td>
        <td>${escapeHtml(client.covers)}</td>
        <td>${operations}</td>
        <td><a href="${sdkPath(client.package)}"><code>${escapeHtml(client.package)}</code></a></td>
        <td><a href="${vendor.name}/openapi.yaml">YAML</a> · <a href="${vendor.name}/openapi.json">JSON</a></td>
        <td><code>pnpm mock ${vendor.name}</code><br>port ${vendor.port}</td>
      </tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>ispkit API reference</title>
  <link rel="icon" href="data:,">
  <style>${STYLE}</style>
</head>
<body>
  <nav class="ispkit-bar"><strong>ispkit</strong><a href="${sdkPath('@ispkit/runtime')}">SDK reference (@ispkit/runtime)</a></nav>
  <main class="ispkit-index">
    <h1>ispkit API reference</h1>
    <p>Typed, contract-verified TypeScript SDKs for ISP management platforms: ${rows.length} vendor APIs, ${total} operations.
      Each reference is rendered from the published spec, with the vendor's recorded answers as examples, the call through
      the ispkit client and the curl command for every operation, and the places where the vendor's own documentation is wrong.
      "Test Request" sends the request from the browser to the local mock (start it with <code>pnpm mock</code>) or to your installation.</p>
    <table>
      <thead><tr><th>API</th><th>covers</th><th>operations</th><th>client</th><th>spec</th><th>mock</th></tr></thead>
      <tbody>
${body}
      </tbody>
    </table>
    <p>Rendered with Scalar ${escapeHtml(scalarVersion)}, served from this site: the pages load nothing from elsewhere.</p>
  </main>
</body>
</html>
`;
}
