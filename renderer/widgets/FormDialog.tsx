import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button';
import { ErrorNotice } from './ErrorNotice';

/**
 * A modal form: its title, the fields, the service's refusal if any, and cancel / save. Closing it any way (Escape,
 * outside, cancel) calls `onClose`; the form checks its own fields in `onSubmit`.
 */
export function FormDialog({
  title,
  onSubmit,
  onClose,
  error,
  cancelLabel,
  submitLabel,
  submitVariant = 'primary',
  isPending,
  wide = false,
  children,
}: {
  readonly title: string;
  readonly onSubmit: () => void;
  readonly onClose: () => void;
  /** The failed call, shown above the buttons. */
  readonly error: unknown;
  readonly cancelLabel: string;
  readonly submitLabel: string;
  readonly submitVariant?: 'primary' | 'danger';
  readonly isPending: boolean;
  readonly wide?: boolean;
  readonly children: ReactNode;
}) {
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className={wide ? 'modal modal-wide' : 'modal'}>
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          <form
            className="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              onSubmit();
            }}
          >
            {children}
            <ErrorNotice error={error} />
            <div className="dialog-actions">
              <Button variant="quiet" onPress={onClose}>
                {cancelLabel}
              </Button>
              <Button type="submit" variant={submitVariant} isPending={isPending}>
                {submitLabel}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
