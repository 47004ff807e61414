import { loadCorpus } from './src/corpus/load.ts';
import { buildIndex } from './src/index/build.ts';
import { claims } from './src/briefing/extract.ts';
import { scratchCorpus } from './test/helpers.ts';
const dir = scratchCorpus({'2026-06-01-new-head.md': '---\ntitle: Qwen gets a new head\nsource: Test Wire\npublished: 2026-06-01\nkind: news\n---\nOn June 1, 2026, Alibaba appointed Zhou Hao to lead the Qwen team.\n'});
const ix = buildIndex(loadCorpus(dir));
console.log(ix.corpus.reports.filter(r=>r.status!=='ok'));
const d = ix.docs.find(d=>d.path.startsWith('2026-06'))!; console.log(d.passages);
console.log(claims(ix, ix.passages, ix.signals.head).map(c=>[c.person,c.published,c.passage.text.slice(0,50)]));
