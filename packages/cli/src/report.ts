import { count } from './plural.js';
import type { OperationResult, Result } from './session.js';

const WIDEST = 48;

/** The verification as a table: one line per operation, then one per issue (where, expected, got). */
export function renderTable(results: OperationResult[], mask: (text: string) => string = (text) => text): string {
  const rows: string[][] = [['OPERATION', 'HTTP', 'RESULT', 'WHERE', 'EXPECTED', 'GOT']];
  for (const r of results) {
    const status = r.exchange ? String(r.exchange.status) : '-';
    if (r.issues.length === 0) {
      rows.push([r.operation.operationId, status, r.result, r.note ?? '']);
      continue;
    }
    r.issues.forEach((issue, i) => {
      rows.push([
        i === 0 ? r.operation.operationId : '',
        i === 0 ? status : '',
        i === 0 ? r.result : '',
        issue.where,
        issue.expected,
        issue.got,
      ]);
    });
  }
  const widths = rows[0]!.map((_, column) =>
    Math.min(WIDEST, Math.max(...rows.filter((row) => column < 3 || row.length > 4).map((row) => (row[column] ?? '').length))),
  );
  return rows
    .map((row) =>
      row
        // Masked first, then cut: a credential near the cut must not leave a prefix behind.
        .map((cell, column) =>
          column === row.length - 1 ? mask(cell) : truncate(mask(cell), widths[column]!).padEnd(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function summarize(results: OperationResult[]): Record<Result, number> {
  const counts: Record<Result, number> = { ok: 0, drift: 0, error: 0, skipped: 0 };
  for (const r of results) counts[r.result]++;
  return counts;
}

export function summaryLine(vendor: string, results: OperationResult[]): string {
  const counts = summarize(results);
  return `${vendor}: ${count(results.length, 'operation')}: ${counts.ok} ok, ${counts.drift} drift, ${counts.error} error, ${counts.skipped} skipped`;
}

/**
 * A hint when every answer was a 404: the paths are right by construction, so the base URL is not the API
 * root (a missing or extra path segment, such as `/api/SmartIPS-v1`).
 */
export function wrongBaseUrlHint(results: OperationResult[], example: string): string | undefined {
  const answered = results.filter((r) => r.exchange);
  if (answered.length === 0 || !answered.every((r) => r.exchange?.status === 404)) return undefined;
  return `every operation answered 404: the base URL is probably wrong; give the API root, as a client is given it (e.g. ${example})`;
}

/** The verification for CI: every operation with its outcome and issues, and the counts. */
export function renderJson(vendor: string, baseUrl: string, results: OperationResult[]): string {
  return JSON.stringify(
    {
      vendor,
      baseUrl,
      summary: summarize(results),
      operations: results.map((r) => ({
        operationId: r.operation.operationId,
        method: r.operation.method.toUpperCase(),
        path: r.operation.path,
        result: r.result,
        ...(r.exchange && { status: r.exchange.status, contentType: r.exchange.contentType }),
        issues: r.issues,
        ...(r.note && { note: r.note }),
      })),
    },
    null,
    2,
  );
}

function truncate(cell: string, width: number): string {
  return cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
}
