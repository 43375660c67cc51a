import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 12 item 5: article numbers come only from the editions' `articles` tables (and the parameter sources next to
 * them), never typed inside a Turkish explanation, a formula or an `article:` value. This scans the string and
 * template texts of every core/ source file — comments are documentation and may quote the regulation.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const CORE = join(ROOT, 'core');

/** Where article numbers are written down, and why. */
const ARTICLE_TABLES: Readonly<Record<string, string>> = {
  'core/programmes/ikdp/edition-2025.ts': 'IKDP-2025 article table and parameter sources',
  'core/programmes/ikdp/edition-2026.ts': 'IKDP-2026 parameter sources (its checks cite the 2025 table)',
  'core/programmes/itkfdp-ii/edition.ts': 'ITKFDP-II article table and parameter sources',
  'core/reference/legal-interest-rates.ts': 'the legal interest table cites the acts of its rates (3095 m.1, 7589 m.10)',
  'core/version.ts': 'release notes of the rule versions name the articles each version changed',
};

/** `MADDE 16`, `madde 1`; `m.1` (a law's article); `16(3)`, `14(23)(b)` (a paragraph). */
const ARTICLE_NUMBER = /madde\s*\d|(?<![\p{L}\d])m\.\s?\d|\d\(\d/iu;

type Finding = { readonly line: number; readonly text: string };

/** The string and template texts of a source that type an article number. */
function typedArticleNumbers(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (ARTICLE_NUMBER.test(node.text)) {
        findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('article numbers in core/ source', () => {
  it.each([
    ['a string literal', "const text = 'Talep uygun bulunmadığından ödeme yapılmaz (MADDE 15(11)).';", 1],
    ['a template tail', 'const text = `${day}: program sonlandırılır (MADDE 16(3)).`;', 1],
    ['a paragraph without MADDE', 'const text = `${head} (14(22), 14(23)(a))`;', 1],
    ['an article value', "check('terminated', 'MADDE 16', 'pass', text);", 1],
    ['a law article', 'const text = `${amount} (3095 sayılı Kanun m.1)`;', 1],
    ['a comment only', '/** MADDE 16(3): three failing periods. */\nconst run = 3; // MADDE 16(5)', 0],
    ['an article from the table', 'const text = `program sonlandırılır (${articles.consecutiveFailures}).`;', 0],
    ['a date and an amount', 'const text = `31.03.2026 tarihine kadar 1.234,56 ₺ (3 × 46 gün)`;', 0],
    ['a word ending in m.', "const text = 'Toplam.1 adet';", 0],
  ])('the scan sees %s', (_case, source, count) => {
    expect(typedArticleNumbers('sample.ts', source)).toHaveLength(count);
  });

  it('no core/ source outside the article tables types an article number', () => {
    const offenders = sourceFiles(CORE)
      .map((path) => relative(ROOT, path))
      .filter((path) => !(path in ARTICLE_TABLES))
      .flatMap((path) =>
        typedArticleNumbers(path, readFileSync(join(ROOT, path), 'utf8')).map((finding) => `${path}:${finding.line} ${finding.text}`),
      );
    expect(offenders).toEqual([]);
  });

  it.each(Object.keys(ARTICLE_TABLES))('%s exists and holds article numbers (the exemption is not stale)', (path) => {
    expect(typedArticleNumbers(path, readFileSync(join(ROOT, path), 'utf8')).length).toBeGreaterThan(0);
  });
});
