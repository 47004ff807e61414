// ISO day strings from their parts; shared by the English and the other-language date readers.
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoFromParts(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}
