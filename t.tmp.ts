import { loadCorpus } from './src/corpus/load.ts';
import { buildIndex } from './src/index/build.ts';
import { answer } from './src/briefing/answer.ts';
import { renderText } from './src/render/text.ts';
const ix = buildIndex(loadCorpus('corpus'));
for (const q of process.argv.slice(2)) { console.log('>>>', q); const a = answer(ix, q, '2026-11-24'); console.log(a.command, a.found, a.asOf); console.log(renderText(a).split('\nSources:')[0]); }
