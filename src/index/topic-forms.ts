// A topic file may list the company a story is about among the story's own names ("SoftBank Group Corp"
// beside "SoftBank succession turmoil 2016"). Where the articles name that company without its legal
// suffix ("SoftBank Group"), a mention written with the suffix names the company, not the story.
import type { Passage } from '../corpus/types.ts';
import type { Learned } from './names.ts';

// A company's legal form after its name: "Corp.", "Inc", "Ltd", "plc", "AG", "N.V.".
const LEGAL_SUFFIX = /(?:,?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|AG|SA|S\.A\.|N\.V\.|NV|SE|Co\.|LLC|GmbH|K\.K\.))+$/;

/** The learned entities with each topic mention written as "<company> <legal suffix>" moved to that company. */
export function companyForms(learned: Learned, passages: readonly Passage[], topicName: string | null): Learned {
  const topic = topicName ? learned.entities.find((e) => e.name === topicName && e.type === 'organisation') : undefined;
  if (!topic) return learned;
  const byAlias = new Map<string, string>();
  for (const e of learned.entities) if (e.type === 'organisation' && e.id !== topic.id) for (const a of e.aliases) byAlias.set(a.toLowerCase(), e.id);
  let changed = false;
  const mentions = learned.mentions.map((ms, pid) => {
    if (!ms.some((m) => m.id === topic.id)) return ms;
    const text = passages[pid].text;
    let own = false;
    const out = ms.map((m) => {
      if (m.id !== topic.id) return m;
      const surface = text.slice(m.start, m.end);
      const bare = surface.replace(LEGAL_SUFFIX, '');
      const company = bare !== surface ? byAlias.get(bare.toLowerCase()) : undefined;
      if (!company) return m;
      own = true;
      return { ...m, id: company };
    });
    if (!own) return ms;
    changed = true;
    return out;
  });
  return changed ? { entities: learned.entities, mentions } : learned;
}
