import { useState } from 'react';
import { Dialog, FileTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useChannelMutation } from '../../api/use-contract';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { readAsBase64 } from '../../widgets/read-file';
import { TextInput } from '../../widgets/TextInput';
import { FORM_STRINGS as S } from './strings';

type Chosen = { readonly fileName: string; readonly contentBase64: string };

/**
 * The signing dialog: the signer chooses their PKCS#12 file and types its
 * passphrase; both go with this one request and are forgotten when the
 * dialog closes (the service never stores them).
 */
export function SignDialog({
  documentId,
  formCode,
  mode,
  onClose,
}: {
  readonly documentId: number;
  readonly formCode: string;
  readonly mode: 'sign' | 'countersign';
  readonly onClose: () => void;
}) {
  const channel = mode === 'sign' ? 'form:sign' : 'form:countersign';
  const signing = useChannelMutation(channel, ['form:list', 'form:verify', 'case:history']);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);

  const submit = () => {
    setTried(true);
    if (chosen === null) return;
    signing.mutate(
      { documentId, certificate: { ...chosen, passphrase } },
      {
        onSuccess: (answer) => {
          confirmAction(mode === 'sign' ? S.signed : S.countersigned, answer.message);
          onClose();
        },
      },
    );
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{mode === 'sign' ? S.signDialogTitle(formCode) : S.countersignDialogTitle(formCode)}</Heading>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <p className="muted">{S.certificateNote}</p>
            <div className="field">
              <span className="field-label">{S.certificate}</span>
              <FileTrigger
                acceptedFileTypes={['.p12', '.pfx', 'application/x-pkcs12']}
                onSelect={(files) => {
                  const file = files?.[0];
                  if (file !== undefined)
                    void readAsBase64(file).then((contentBase64) => {
                      setChosen({ fileName: file.name, contentBase64 });
                    });
                }}
              >
                <Button>{S.chooseCertificate}</Button>
              </FileTrigger>
              <span className="field-description" aria-live="polite">
                {chosen === null ? S.noCertificate : S.chosenCertificate(chosen.fileName)}
              </span>
              {tried && chosen === null ? <span className="field-error">{S.certificateRequired}</span> : null}
            </div>
            <TextInput label={S.passphrase} type="password" value={passphrase} onChange={setPassphrase} autoComplete="off" />
            <ErrorNotice error={signing.error} />
            <div className="dialog-actions">
              <Button onPress={onClose}>{S.cancel}</Button>
              <Button type="submit" variant="primary" isPending={signing.isPending}>
                {mode === 'sign' ? S.sign : S.countersign}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
