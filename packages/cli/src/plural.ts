/** `count(1, 'operation')` is "1 operation", `count(2, 'operation')` "2 operations". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
