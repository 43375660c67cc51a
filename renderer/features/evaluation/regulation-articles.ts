/**
 * Article texts for the evaluation view: the regulation files (../shared/regulations, plain text as published) are
 * split into articles at build time, so clicking "MADDE 14(3)(b)" shows the article without any file access at run
 * time. Pure text handling: the Vite config reads the files and calls this.
 */
export type ArticleTexts = Readonly<Record<string, string>>;

const ARTICLE_START = /^(?:-\s*)?MADDE\s+(\d+)\s*[-–—]?\s*/u;
/** The published file repeats the document's title as a running page header, in bold markers. */
const RUNNING_HEADER = /\*\*[^*]*UYGULAMA ESASLARI\*\*/gu;
/** Page footers: the publisher's address alone. */
const FOOTER = /\s*https?:\/\/\S+\s*$/u;
/** A heading line before the next article ("Tanımlar", "İKİNCİ BÖLÜM"): short, without a sentence's end. */
const HEADING = /^[^.;:,]{1,60}$/u;

export function splitArticles(text: string): ArticleTexts {
  const articles: Record<string, string[]> = {};
  let current: string[] | null = null;
  for (const raw of text.replace(RUNNING_HEADER, '\n').split(/\r?\n/u)) {
    const line = raw.replaceAll('**', '').replace(FOOTER, '').trim();
    const start = ARTICLE_START.exec(line);
    if (start?.[1] !== undefined) {
      current = [line];
      articles[start[1]] = current;
    } else if (current !== null && line !== '') {
      current.push(line);
    }
  }
  const result: Record<string, string> = {};
  for (const [number, lines] of Object.entries(articles)) {
    while (lines.length > 1 && HEADING.test(lines[lines.length - 1] ?? '')) lines.pop();
    result[number] = joinParagraphs(lines);
  }
  return result;
}

/** Lines are wrapped at a fixed width in the source; a new paragraph starts with "(n)" or "a)". */
function joinParagraphs(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const startsParagraph = /^(\(\d+\)|[a-zçğıöşü]{1,2}\)|-\s|MADDE\s)/u.test(line);
    const last = paragraphs.length - 1;
    if (startsParagraph || last < 0) paragraphs.push(line);
    else paragraphs[last] = `${paragraphs[last] ?? ''} ${line}`;
  }
  return paragraphs.join('\n');
}

export type ArticleReference = { readonly label: string; readonly number: string; readonly paragraph: string | null };

/** "MADDE 14(3)(b), MADDE 9(2)" → the articles it names, each with its paragraph. */
export function parseArticleReferences(article: string): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const match of article.matchAll(/MADDE\s+(\d+)((?:\(\w+\))*)/gu)) {
    const number = match[1];
    if (number === undefined) continue;
    const paragraph = /^\((\d+)\)/u.exec(match[2] ?? '')?.[1] ?? null;
    references.push({ label: match[0], number, paragraph });
  }
  return references;
}

export type RegulationKey = 'ikdp' | 'itkfdp-ii';

export function regulationOfProgram(program: string): RegulationKey {
  return program.startsWith('ITKFDP') ? 'itkfdp-ii' : 'ikdp';
}
