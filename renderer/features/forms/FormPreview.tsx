import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useChannelQuery } from '../../api/use-contract';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { base64Bytes, renderPdfPages } from './pdf-pages';
import { FORM_STRINGS as S } from './strings';

const PAGE_WIDTH = 720;

/** The stored PDF's pages, drawn in the app (no plug-in, no new window). */
function Pages({ contentBase64 }: { readonly contentBase64: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'drawing' | 'done' | 'failed'>('drawing');
  useEffect(() => {
    let cancelled = false;
    void renderPdfPages(base64Bytes(contentBase64), PAGE_WIDTH)
      .then((pages) => {
        const target = holder.current;
        if (cancelled || target === null) return;
        target.replaceChildren(
          ...pages.map((page, index) => {
            page.canvas.setAttribute('role', 'img');
            page.canvas.setAttribute('aria-label', S.page(index + 1, pages.length));
            page.canvas.className = 'pdf-page';
            page.canvas.style.width = `${page.width}px`;
            page.canvas.style.height = `${page.height}px`;
            return page.canvas;
          }),
        );
        setState('done');
      })
      .catch(() => {
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [contentBase64]);
  return (
    <>
      {state === 'drawing' ? <Loading label={S.previewLoading} /> : null}
      {state === 'failed' ? (
        <div role="alert" className="notice notice-error">
          <p>PDF bu ekranda çizilemedi; “{S.download}” ile indirip açın.</p>
        </div>
      ) : null}
      <div ref={holder} className="pdf-pages" data-testid="pdf-pages" data-state={state} />
    </>
  );
}

export function FormPreview({
  documentId,
  title,
  onClose,
}: {
  readonly documentId: number;
  readonly title: string;
  readonly onClose: () => void;
}) {
  const file = useChannelQuery('form:file', { documentId }, { staleTime: Infinity });
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal modal-wide modal-preview">
        <Dialog className="dialog">
          <Heading slot="title">{S.previewTitle(title)}</Heading>
          {file.isPending ? <Loading label={S.previewLoading} /> : null}
          <ErrorNotice error={file.error} />
          {file.data === undefined ? null : <Pages contentBase64={file.data.contentBase64} />}
          <div className="dialog-actions">
            <Button variant="primary" onPress={onClose}>
              {S.close}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
