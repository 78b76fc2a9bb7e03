/** A curl command line as the vendor documentation prints it. */
export interface CurlCommand {
  method: string;
  url: string;
  headers: [string, string][];
  /** `-d` fields, in order, as sent: `application/x-www-form-urlencoded`. */
  data: string[];
  /** `-F` parts, in order: `multipart/form-data`. A file part (`name=@path`) names the file, whose content the docs do not give. */
  form: FormPart[];
  /** What had to be corrected to send what the docs meant (e.g. `-H 'Name=value'`). */
  corrections: string[];
}

export type FormPart = { name: string; value: string } | { name: string; file: string; type?: string };

export function parseCurl(text: string): CurlCommand {
  const tokens = tokenize(text.replace(/\\\r?\n/g, ' '));
  if (tokens[0] !== 'curl') throw new Error(`not a curl command: ${text.slice(0, 40)}`);
  const command: CurlCommand = { method: '', url: '', headers: [], data: [], form: [], corrections: [] };
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = () => {
      const value = tokens[++i];
      if (value === undefined) throw new Error(`${token} needs a value`);
      return value;
    };
    if (token === '-X' || token === '--request') command.method = next();
    else if (token === '-H' || token === '--header') command.headers.push(parseHeader(next(), command.corrections));
    else if (token === '-d' || token === '--data') command.data.push(next());
    else if (token === '-F' || token === '--form') command.form.push(parseFormPart(next()));
    else if (token.startsWith('-')) throw new Error(`unsupported curl option ${token}`);
    else command.url = token;
  }
  if (command.data.length && command.form.length) throw new Error('curl cannot send -d and -F together');
  command.method ||= command.data.length || command.form.length ? 'POST' : 'GET';
  return command;
}

// `name=value`, or `name=@path;type=mime` for a file (`<path` reads a file into a plain field, also a file to us).
function parseFormPart(raw: string): FormPart {
  const equals = raw.indexOf('=');
  if (equals <= 0) throw new Error(`malformed form part ${raw}`);
  const name = raw.slice(0, equals);
  const value = raw.slice(equals + 1);
  if (!value.startsWith('@') && !value.startsWith('<')) return { name, value };
  const [file = '', ...params] = value.slice(1).split(';');
  const type = params
    .find((p) => p.trim().startsWith('type='))
    ?.trim()
    .slice('type='.length);
  return { name, file, ...(type && { type }) };
}

function parseHeader(raw: string, corrections: string[]): [string, string] {
  const colon = raw.indexOf(':');
  const equals = raw.indexOf('=');
  // curl sends `Name=value` as no header at all; the docs mean `Name: value`.
  if (colon === -1 && equals > 0) {
    corrections.push(`header written '${raw.slice(0, equals)}=...', sent as '${raw.slice(0, equals)}: ...'`);
    return [raw.slice(0, equals).trim(), raw.slice(equals + 1).trim()];
  }
  if (colon <= 0) throw new Error(`malformed header ${raw}`);
  return [raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()];
}

function tokenize(line: string): string[] {
  const tokens: string[] = [];
  // A docs placeholder such as `{user dni}` stays inside its token.
  const pattern = /'([^']*)'|"((?:[^"\\]|\\.)*)"|((?:[^\s{]|\{[^}]*\})+)/g;
  for (const match of line.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? (match[3] as string));
  return tokens;
}
