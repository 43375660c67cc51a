import { useEffect, useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type RegulationTexts from 'virtual:regulation-articles';
import { Button } from '../../widgets/Button';
import { Loading } from '../../widgets/Loading';
import { parseArticleReferences, regulationOfProgram, type ArticleReference } from './regulation-articles';
import { EVALUATION_STRINGS as S } from './strings';

type Texts = typeof RegulationTexts;

/** Loaded once, on the first article opened: the regulations are not part of the first screen. */
let textsPromise: Promise<Texts> | null = null;
function loadTexts(): Promise<Texts> {
  textsPromise ??= import('virtual:regulation-articles').then((module) => module.default);
  return textsPromise;
}

function ArticleText({ program, reference }: { readonly program: string; readonly reference: ArticleReference }) {
  const [text, setText] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadTexts().then((texts) => {
      if (live) setText(texts[regulationOfProgram(program)][reference.number] ?? null);
    });
    return () => {
      live = false;
    };
  }, [program, reference.number]);

  if (text === undefined) return <Loading label={S.articleLoading} />;
  if (text === null) return <p>{S.articleNotFound}</p>;
  return (
    <div className="article-text">
      {text.split('\n').map((paragraph, index) => {
        const cited = reference.paragraph !== null && paragraph.startsWith(`(${reference.paragraph})`);
        return (
          // Paragraphs of a fixed text: their order is their identity.
          <p key={index} className={cited ? 'article-cited' : undefined}>
            {paragraph}
          </p>
        );
      })}
    </div>
  );
}

/** Each article a check cites, as a button that opens the regulation's text (the cited paragraph marked). */
export function ArticleButtons({ article, program }: { readonly article: string; readonly program: string }) {
  const references = parseArticleReferences(article);
  if (references.length === 0) return <span>{article}</span>;
  return (
    <span className="article-buttons">
      {references.map((reference) => (
        <DialogTrigger key={reference.label}>
          <Button variant="quiet" className="article-button" aria-label={S.openArticle(reference.label)}>
            {reference.label}
          </Button>
          <ModalOverlay className="modal-overlay" isDismissable>
            <Modal className="modal modal-wide">
              <Dialog className="dialog">
                {({ close }) => (
                  <>
                    <Heading slot="title">{S.articleDialogTitle(reference.label)}</Heading>
                    <p className="muted">
                      {S.articleSource(program.startsWith('ITKFDP') ? 'ITKFDP-II' : 'İstihdamı Koruma Destek Programı')}
                    </p>
                    <ArticleText program={program} reference={reference} />
                    <div className="dialog-actions">
                      <Button variant="primary" onPress={close} autoFocus>
                        {S.close}
                      </Button>
                    </div>
                  </>
                )}
              </Dialog>
            </Modal>
          </ModalOverlay>
        </DialogTrigger>
      ))}
    </span>
  );
}
