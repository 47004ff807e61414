// Seeded synthetic corpora in the curated format (front matter + body), for benchmarks.
import { mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Zhou Jingren', 'Lin Junyang', 'Eddie Wu', 'Zhou Hao', 'Liu Dayiheng', 'Fan Yu', 'Wu Yongming'];
const ORGS = ['Qwen', 'Tongyi Lab', 'Alibaba Cloud', 'Alibaba', 'Tongyi Qianwen', 'DeepMind'];
const VERBS = ['was appointed to lead', 'will continue to oversee', 'announced changes at', 'joined', 'resigned from', 'gains responsibility for teams at', 'spoke about', 'reviewed the roadmap of'];
const FILLER = 'the company said competition in large language models intensified while investors watched revenue growth cloud demand open-source releases benchmarks talent inference costs and enterprise adoption across markets'.split(' ');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes `n` articles (seeded) plus the real entities/signals files into `dir`. */
export function writeSynthetic(dir: string, n: number, seed: number, entitiesFrom: string): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(entitiesFrom, 'entities.yaml'), join(dir, 'entities.yaml'));
  cpSync(join(entitiesFrom, 'signals.yaml'), join(dir, 'signals.yaml'));
  const rnd = mulberry32(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  for (let i = 0; i < n; i++) {
    const y = 2020 + Math.floor(rnd() * 7);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const published = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const lines: string[] = [];
    const paras = 4 + Math.floor(rnd() * 6);
    for (let p = 0; p < paras; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 2 + Math.floor(rnd() * 3); s++) {
        const filler = Array.from({ length: 6 + Math.floor(rnd() * 12) }, () => pick(FILLER)).join(' ');
        const dated = rnd() < 0.3 ? `On ${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}, ${y}, ` : '';
        sentences.push(`${dated}${pick(PEOPLE)} ${pick(VERBS)} ${pick(ORGS)} as ${filler}.`);
      }
      lines.push(sentences.join(' '), '');
    }
    const fm = `---\ntitle: Synthetic report ${i} on ${pick(ORGS)}\nsource: Bench Wire ${i % 17}\npublished: ${published}\nkind: news\n---\n`;
    writeFileSync(join(dir, `synthetic-${String(i).padStart(5, '0')}.md`), fm + lines.join('\n'));
  }
}
