// "윤석열" in a Korean article is the Yoon Suk Yeol the English articles name: a run of Hangul
// syllables, romanised (Revised Romanization, computed from the syllable's letters) and compared with a
// person's English name after both are reduced to how they sound ("Suk" and "seok", "Duck-soo" and
// "deoksu" alike). Family names take their usual English spellings ("이" is Lee, Yi or Rhee). Only a
// spelling that fits exactly one person is taken.

import { nameOwners, unambiguous } from './hanzi.ts';

const FIRST = 0xac00;
const LAST = 0xd7a3;
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Family names and their usual English spellings, where those differ from the romanisation. */
const FAMILY: Record<string, string[]> = {
  이: ['lee', 'yi', 'rhee', 'rhie', 'i'], 박: ['park', 'pak', 'bak'], 김: ['kim', 'gim'], 최: ['choi', 'choe'], 정: ['jung', 'chung', 'jeong'],
  강: ['kang', 'gang'], 조: ['cho', 'jo'], 윤: ['yoon', 'yun'], 장: ['jang', 'chang'], 임: ['lim', 'im', 'rim'], 한: ['han'], 오: ['oh', 'o'],
  서: ['seo', 'suh'], 신: ['shin', 'sin'], 권: ['kwon', 'gwon'], 황: ['hwang'], 안: ['ahn', 'an'], 송: ['song'], 류: ['ryu', 'yoo', 'yu'],
  유: ['yoo', 'yu'], 홍: ['hong'], 전: ['jeon', 'chun', 'jun'], 고: ['ko', 'go'], 문: ['moon', 'mun'], 노: ['roh', 'noh', 'no'], 하: ['ha'],
  곽: ['kwak'], 성: ['sung', 'seong'], 차: ['cha'], 주: ['joo', 'ju'], 우: ['woo', 'u'], 구: ['koo', 'gu'], 나: ['na', 'ra'], 민: ['min'],
  배: ['bae', 'pae'], 백: ['baek', 'paik', 'paek'], 허: ['heo', 'huh'], 남: ['nam'], 심: ['shim', 'sim'], 양: ['yang'], 원: ['won'],
};

const isHangul = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c >= FIRST && c <= LAST;
};

/** The Revised Romanization of one syllable. */
function romanise(ch: string): string {
  const n = ch.codePointAt(0)! - FIRST;
  return INITIALS[Math.floor(n / 588)] + MEDIALS[Math.floor((n % 588) / 28)] + FINALS[n % 28];
}

/** A spelling reduced to its sound: vowels and consonants that romanisations write differently, made one. */
export function sound(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '')
    .replace(/ck/g, 'k').replace(/sh/g, 's').replace(/ch/g, 'j')
    .replace(/eo|oo|ou|eu/g, 'u').replace(/wu/g, 'u').replace(/ae|ai/g, 'e').replace(/oe/g, 'oi').replace(/wo/g, 'o')
    .replace(/[kq]/g, 'g').replace(/t/g, 'd').replace(/p/g, 'b').replace(/r/g, 'l')
    .replace(/(.)\1+/g, '$1');
}

/** Every way a run of Hangul may be spelt in English, reduced to sound: family name first. */
function spellings(han: string): string[] {
  const chars = [...han];
  const rest = sound(chars.slice(1).map(romanise).join(''));
  const family = FAMILY[chars[0]] ?? [romanise(chars[0])];
  return [...new Set([...family, romanise(chars[0])].map((f) => sound(f) + rest))];
}

/**
 * The Hangul spellings in `texts` of the people in `names` (person id → their forms): person id → the
 * Hangul strings found for them. A form counts when it is two or three words ("Yoon Suk Yeol",
 * "Lee Jae-myung"), family name first.
 */
export function hangulForms(texts: Iterable<string>, names: Map<string, string[]>): Map<string, string[]> {
  const owner = nameOwners(names, /^[A-Za-z]+(?:-[A-Za-z]+)?$/, (ws) => sound(ws.join('')));
  if (!owner.size) return new Map();
  const found = new Map<string, Set<string>>(); // Hangul string → ids it spells
  for (const text of texts) {
    // Names run two to four syllables; a particle may follow ("윤석열은", "이재명이"), so every run's prefixes are tried.
    for (const m of text.matchAll(/[\uac00-\ud7a3]{2,}/g)) {
      for (let len = 2; len <= Math.min(4, m[0].length); len++) {
        const han = m[0].slice(0, len);
        for (const s of spellings(han)) {
          const id = owner.get(s);
          if (id) (found.get(han) ?? found.set(han, new Set()).get(han)!).add(id);
        }
      }
    }
  }
  return unambiguous(found);
}
