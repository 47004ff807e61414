// What a reader of a Slack message sees, for tests that measure it.

/** Every text of every block, links shown as their labels, entities as one character, no bold marks. */
export function visibleText(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'text' && typeof v === 'string' ? texts.push(v) : walk(v));
  };
  walk(blocks);
  return texts.map((t) => t.replace(/<[^|>]*\|([^>]*)>/g, '$1').replace(/&(amp|lt|gt);/g, '&').replace(/\*/g, '')).join('\n');
}

export const visibleChars = (blocks: unknown): number => visibleText(blocks).length;

/** “ and ” come in pairs, each closed after it opens. */
export function quotesPaired(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0;
}
