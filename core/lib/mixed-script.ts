/**
 * Mixed scripts in a name (issue 12 item 4). A Cyrillic `А` or Greek `Ο`
 * pasted into an unvan looks like the Latin letter but is another character:
 * the record is then never found by the name typed on a Turkish keyboard, and
 * a duplicate enterprise may be created. Data entry calls
 * `mixedScriptWarning` on a name and shows the warning (the person decides;
 * a foreign name written wholly in its own script gets no warning).
 */

const SCRIPTS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Kiril', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Yunan', pattern: /\p{Script=Greek}/u },
  { name: 'Ermeni', pattern: /\p{Script=Armenian}/u },
  { name: 'Gürcü', pattern: /\p{Script=Georgian}/u },
  { name: 'Arap', pattern: /\p{Script=Arabic}/u },
  { name: 'İbrani', pattern: /\p{Script=Hebrew}/u },
];
const LETTER = /\p{L}/u;

function scriptOf(letter: string): string | null {
  return SCRIPTS.find((script) => script.pattern.test(letter))?.name ?? null;
}

function codePoint(letter: string): string {
  return `U+${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `null` when every letter of `text` is of one script; otherwise a Turkish
 * warning naming the scripts and the first letters not in the text's main
 * script (the one most of its letters are in), with their code points.
 */
export function mixedScriptWarning(text: string): string | null {
  const letters = Array.from(text.normalize('NFC')).filter((character) => LETTER.test(character));
  const byScript = new Map<string, string[]>();
  for (const letter of letters) {
    const script = scriptOf(letter);
    if (script === null) continue;
    byScript.set(script, [...(byScript.get(script) ?? []), letter]);
  }
  if (byScript.size < 2) return null;
  const ranked = [...byScript.entries()].sort(
    ([aName, a], [bName, b]) => b.length - a.length || (aName === 'Latin' ? -1 : bName === 'Latin' ? 1 : 0),
  );
  const [main] = ranked;
  if (main === undefined) return null;
  const strays = ranked
    .slice(1)
    .flatMap(([script, found]) => [...new Set(found)].map((letter) => `"${letter}" (${script}, ${codePoint(letter)})`));
  const shown = strays.slice(0, 5).join(', ');
  const more = strays.length > 5 ? ` ve ${strays.length - 5} harf daha` : '';
  return `Metinde farklı alfabelerin harfleri karışık: çoğu ${main[0]}, ama ${shown}${more}. Benzer görünen harf yapıştırılmış olabilir; harfleri klavyeden yeniden yazın.`;
}
