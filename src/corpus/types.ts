export const KINDS = ['news', 'analysis', 'background', 'generated'] as const;
export type Kind = (typeof KINDS)[number];

/** How a date was established; shown to users so an inferred date is never passed off as stated. */
export type DateOrigin = 'sentence' | 'paragraph' | 'article';

export interface DocMeta {
  title: string;
  source: string | null;
  url: string | null;
  published: string | null; // YYYY-MM-DD
  kind: Kind;
}

export interface Passage {
  id: number;
  doc: string; // path relative to the corpus dir
  line: number; // 1-based line in the file as stored
  text: string; // verbatim substring of that line
  paragraph: number; // index of the paragraph (blank-line separated block) in the doc
  date: string | null; // YYYY-MM-DD when the sentence or its paragraph names one
  datePrecision: 'day' | 'month' | 'year' | null;
  dateOrigin: DateOrigin | null;
}

export interface Doc extends DocMeta {
  path: string; // relative to the corpus dir, forward slashes
  body: string; // exactly as stored, after any front matter
  bodyStartLine: number; // 1-based line where the body starts in the file
  hash: string; // sha256 of the whole file content
  inferred: string[]; // metadata fields inferred rather than given in front matter
  extra: Record<string, unknown>; // other front matter fields, kept for curators
  passages: Passage[];
}

export interface FileReport {
  path: string;
  status: 'ok' | 'inferred' | 'error';
  detail: string;
}
