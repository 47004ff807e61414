// English words, for telling a word from a name where the corpus alone cannot ("Big Sam": "big" is a word).
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** English words (word-list: ≈274,000, one per line), read the first time one is asked about. */
let english: string | null = null;
export function isEnglish(w: string): boolean {
  english ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  return english.includes(`\n${w}\n`);
}
