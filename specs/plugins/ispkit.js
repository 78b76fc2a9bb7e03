// ispkit's own lint rules, beyond Redocly's: every operation can be called with credentials, and
// every operation's answer is backed by something, a recording or an explicit evidence marking.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export default function ispkitPlugin() {
  return {
    id: 'ispkit',
    rules: {
      oas3: {
        'operation-security': OperationSecurity,
        'operation-evidence': OperationEvidence,
      },
    },
  };
}

/** The operation's own security, else the document's, must name at least one scheme in every alternative. */
function OperationSecurity() {
  let documentSecurity;
  return {
    Root: {
      enter(root) {
        documentSecurity = root.security;
      },
    },
    Operation: {
      enter(operation, ctx) {
        const name = operation.operationId ?? 'this operation';
        const security = operation.security ?? documentSecurity;
        if (!Array.isArray(security) || security.length === 0) {
          ctx.report({
            message: `${name} has no security requirement: set \`security\` on the operation or the document.`,
            location: ctx.location.key(),
          });
        } else if (security.some((requirement) => Object.keys(requirement ?? {}).length === 0)) {
          ctx.report({
            message: `${name} accepts calls without credentials (an empty requirement \`{}\`).`,
            location: operation.security ? ctx.location.child('security') : ctx.location.key(),
          });
        }
      },
    },
  };
}

const recordingsByDir = new Map();

/** Operation ids with a recording in `dir`, whose files are named `<operationId>.<status>[.<case>].json`. */
function recordedOperations(dir) {
  if (!recordingsByDir.has(dir)) {
    let files = [];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.json'));
    } catch {
      // A vendor without recordings yet: every operation must then carry x-ispkit-evidence.
    }
    recordingsByDir.set(dir, new Set(files.map((file) => file.split('.')[0])));
  }
  return recordingsByDir.get(dir);
}

/**
 * Each operation has a recording in contract-tests/recordings/<vendor>/ (the vendor is the spec's
 * folder, specs/<vendor>/openapi.yaml), or a response that says where its schema comes from with
 * `x-ispkit-evidence` on the response or its top-level schema.
 */
function OperationEvidence() {
  return {
    Operation: {
      enter(operation, ctx) {
        const id = operation.operationId;
        if (!id) return; // operation-operationId reports it.
        const spec = ctx.location.source.absoluteRef;
        // A published spec (specs/<vendor>/dist/openapi.yaml) belongs to the vendor of its parent folder.
        const folder = basename(dirname(spec)) === 'dist' ? dirname(dirname(spec)) : dirname(spec);
        const vendor = basename(folder);
        const recordings = join(folder, '..', '..', 'contract-tests', 'recordings', vendor);
        if (recordedOperations(recordings).has(id)) return;
        const evidenced = Object.values(operation.responses ?? {}).some((raw) => {
          const response = ctx.resolve(raw).node;
          if (response?.['x-ispkit-evidence'] !== undefined) return true;
          return Object.values(response?.content ?? {}).some(
            (media) => ctx.resolve(media?.schema).node?.['x-ispkit-evidence'] !== undefined,
          );
        });
        if (!evidenced) {
          ctx.report({
            message: `${id} has no recording in contract-tests/recordings/${vendor}/ and no response marked \`x-ispkit-evidence\`.`,
            location: ctx.location.child('responses'),
          });
        }
      },
    },
  };
}
