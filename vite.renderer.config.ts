import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { splitArticles, type RegulationKey } from './renderer/features/evaluation/regulation-articles';

const REGULATIONS_FOLDER = fileURLToPath(new URL('../shared/regulations/', import.meta.url));
const REGULATION_FILES: Readonly<Record<RegulationKey, string>> = {
  ikdp: 'ikdp-2025-uygulama-esaslari.txt',
  'itkfdp-ii': 'itkfdp-ii-uygulama-esaslari.txt',
};
const VIRTUAL_ID = 'virtual:regulation-articles';

/** The regulations' article texts as one module, loaded by the evaluation view only when an article is opened. */
function regulationArticles(): Plugin {
  return {
    name: 'kobi-regulation-articles',
    resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return null;
      const texts: Record<string, unknown> = {};
      for (const [key, file] of Object.entries(REGULATION_FILES)) {
        const path = REGULATIONS_FOLDER + file;
        this.addWatchFile(path);
        texts[key] = splitArticles(readFileSync(path, 'utf8'));
      }
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('renderer/', import.meta.url)),
  base: './',
  plugins: [react(), regulationArticles()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    reportCompressedSize: false,
  },
});
