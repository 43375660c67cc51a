import { formatFileSize, INPUT_LIMITS } from './input-limits';

/**
 * A small, strict XML reader for the fixed documents the app imports (the
 * TCMB daily bulletin). It reads elements, attributes, text, the five
 * predefined entities and numeric character references, and skips the XML
 * declaration, processing instructions, comments and a DOCTYPE without an
 * internal subset. Anything malformed is an error with its line, never a
 * guess; no DTDs, so no external entities.
 *
 * Hand-written rather than a SAX library because the documents are tiny,
 * fixed and the errors are shown to a person in Turkish with their line. It
 * reads iteratively (an explicit stack of open elements, no recursion), with
 * a size and a depth limit (issue 12 item 2): 10,000 nested elements are a
 * Turkish error, not a stack overflow.
 */

export type XmlElement = {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text (its text nodes joined), entities resolved. */
  readonly text: string;
};

export type XmlParseResult =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly line: number; readonly reason: string };

type MutableElement = { name: string; attributes: Map<string, string>; children: MutableElement[]; text: string };

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const WHITESPACE = /\s*/y;
const ATTRIBUTE_VALUE = /"([^"<]*)"|'([^'<]*)'/y;
const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z]+));/g;
const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function decodeEntities(raw: string, offset: number): string {
  if (!raw.includes('&')) return raw;
  const rest = raw.replace(ENTITY, '');
  if (rest.includes('&')) throw new XmlSyntaxError(offset, 'tanınmayan karakter başvurusu (&)');
  return raw.replace(ENTITY, (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = PREDEFINED_ENTITIES[name];
      if (value === undefined) throw new XmlSyntaxError(offset, `tanımsız varlık &${name};`);
      return value;
    }
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    if (code > 0x10ffff) throw new XmlSyntaxError(offset, 'geçersiz karakter kodu');
    return String.fromCodePoint(code);
  });
}

class Reader {
  position = 0;
  constructor(readonly source: string) {}

  match(pattern: RegExp): string | null {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.source);
    if (found === null) return null;
    this.position = pattern.lastIndex;
    return found[0];
  }

  skipWhitespace(): void {
    this.match(WHITESPACE);
  }

  expect(literal: string, what: string): void {
    if (!this.source.startsWith(literal, this.position)) throw new XmlSyntaxError(this.position, `${what} bekleniyor`);
    this.position += literal.length;
  }

  skipPast(terminator: string, what: string): void {
    const end = this.source.indexOf(terminator, this.position);
    if (end === -1) throw new XmlSyntaxError(this.position, `${what} kapanmıyor`);
    this.position = end + terminator.length;
  }

  /** Comments, processing instructions and the DOCTYPE between elements. */
  skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.source.startsWith('<!--', this.position)) this.skipPast('-->', 'yorum');
      else if (this.source.startsWith('<?', this.position)) this.skipPast('?>', 'işleme yönergesi');
      else if (this.source.startsWith('<!DOCTYPE', this.position)) {
        const end = this.source.indexOf('>', this.position);
        if (end === -1 || this.source.slice(this.position, end).includes('[')) {
          throw new XmlSyntaxError(this.position, 'iç DTD içeren DOCTYPE desteklenmez');
        }
        this.position = end + 1;
      } else return;
    }
  }

  /** The start tag at the reader's position; `closed` when it was an empty-element tag (`<a/>`). */
  startTag(): { readonly element: MutableElement; readonly closed: boolean } {
    this.expect('<', 'öğe');
    const name = this.match(NAME);
    if (name === null) throw new XmlSyntaxError(this.position, 'öğe adı bekleniyor');
    const element: MutableElement = { name, attributes: new Map(), children: [], text: '' };
    for (;;) {
      this.skipWhitespace();
      if (this.source.startsWith('/>', this.position)) {
        this.position += 2;
        return { element, closed: true };
      }
      if (this.source.startsWith('>', this.position)) {
        this.position += 1;
        return { element, closed: false };
      }
      const attribute = this.match(NAME);
      if (attribute === null) throw new XmlSyntaxError(this.position, `<${name}> içinde öznitelik adı bekleniyor`);
      this.skipWhitespace();
      this.expect('=', `"${attribute}" özniteliğinden sonra =`);
      this.skipWhitespace();
      ATTRIBUTE_VALUE.lastIndex = this.position;
      const value = ATTRIBUTE_VALUE.exec(this.source);
      if (value === null) throw new XmlSyntaxError(this.position, `"${attribute}" özniteliğinin tırnak içinde değeri bekleniyor`);
      if (element.attributes.has(attribute)) throw new XmlSyntaxError(this.position, `"${attribute}" özniteliği iki kez yazılmış`);
      element.attributes.set(attribute, decodeEntities(value[1] ?? value[2] ?? '', this.position));
      this.position = ATTRIBUTE_VALUE.lastIndex;
    }
  }

  /** The element at the reader's position with everything inside it, read with a stack of the open elements. */
  element(maxDepth: number): MutableElement {
    const rootStart = this.position;
    const first = this.startTag();
    if (first.closed) return first.element;
    const open: { readonly element: MutableElement; readonly start: number }[] = [{ element: first.element, start: rootStart }];
    for (;;) {
      const current = open[open.length - 1];
      if (current === undefined) throw new XmlSyntaxError(this.position, 'öğe yığını boş');
      const { element } = current;
      const next = this.source.indexOf('<', this.position);
      if (next === -1) throw new XmlSyntaxError(current.start, `<${element.name}> kapanmıyor`);
      element.text += decodeEntities(this.source.slice(this.position, next), this.position);
      this.position = next;
      if (this.source.startsWith('</', next)) {
        this.position += 2;
        const closing = this.match(NAME);
        if (closing !== element.name) throw new XmlSyntaxError(next, `</${element.name}> bekleniyor, </${closing ?? ''}> bulundu`);
        this.skipWhitespace();
        this.expect('>', `</${element.name}> sonunda >`);
        open.pop();
        const parent = open[open.length - 1];
        if (parent === undefined) return element;
        parent.element.children.push(element);
      } else if (this.source.startsWith('<!--', next)) this.skipPast('-->', 'yorum');
      else if (this.source.startsWith('<![CDATA[', next)) {
        const end = this.source.indexOf(']]>', next);
        if (end === -1) throw new XmlSyntaxError(next, 'CDATA kapanmıyor');
        element.text += this.source.slice(next + '<![CDATA['.length, end);
        this.position = end + 3;
      } else if (this.source.startsWith('<?', next)) this.skipPast('?>', 'işleme yönergesi');
      else {
        const child = this.startTag();
        if (child.closed) element.children.push(child.element);
        else {
          if (open.length >= maxDepth) throw new XmlSyntaxError(next, `öğeler ${maxDepth} düzeyden derin iç içe`);
          open.push({ element: child.element, start: next });
        }
      }
    }
  }
}

function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < source.length; index += 1) if (source.charCodeAt(index) === 10) line += 1;
  return line;
}

export type XmlLimits = { readonly maxLength: number; readonly maxDepth: number };

/** Parses one document with a single root element, within the size and depth limits. */
export function parseXml(
  source: string,
  limits: XmlLimits = { maxLength: INPUT_LIMITS.maxXmlBytes, maxDepth: INPUT_LIMITS.maxXmlDepth },
): XmlParseResult {
  if (source.length > limits.maxLength) {
    return {
      ok: false,
      line: 1,
      reason: `belge çok büyük (${formatFileSize(source.length)}; en fazla ${formatFileSize(limits.maxLength)})`,
    };
  }
  const reader = new Reader(source.startsWith('\uFEFF') ? source.slice(1) : source);
  try {
    reader.skipMisc();
    if (reader.position >= reader.source.length) throw new XmlSyntaxError(reader.position, 'kök öğe yok');
    const root = reader.element(limits.maxDepth);
    reader.skipMisc();
    if (reader.position < reader.source.length) throw new XmlSyntaxError(reader.position, 'kök öğeden sonra fazladan içerik var');
    return { ok: true, root };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, line: lineAt(reader.source, error.offset), reason: error.message };
    throw error;
  }
}

/** The first child element with this name. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}
