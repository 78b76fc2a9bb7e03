/** A table as printed and as written to the report: header cells, then rows of cells. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** GitHub markdown, with cells padded so that the console shows aligned columns. */
export function renderTable({ header, rows }: Table): string {
  for (const row of rows) {
    if (row.length !== header.length) throw new Error(`a row has ${row.length} cells for ${header.length} columns`);
  }
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
