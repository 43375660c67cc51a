import { useState } from 'react';
import { Dialog, FieldError, Heading, Label, Modal, ModalOverlay, TextArea, TextField } from 'react-aria-components';
import type { FinansmanCaseDto } from '../../../electron/contract/finansman';
import { useChannelMutation } from '../../api/use-contract';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { FINANSMAN_STRINGS as S, stepNeedsNote } from './strings';

type Step = FinansmanCaseDto['application']['allowed'][number];

function StepDialog({
  applicationId,
  step,
  onClose,
}: {
  readonly applicationId: number;
  readonly step: Step;
  readonly onClose: () => void;
}) {
  const transition = useChannelMutation('finansman:transition', ['finansman:get', 'finansman:list']);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteMissing = stepNeedsNote(step.needs) && note.trim() === '';

  const save = () => {
    setTried(true);
    if (noteMissing) return;
    transition.mutate(
      { applicationId, to: step.to, ...(note.trim() === '' ? {} : { note: note.trim() }) },
      {
        onSuccess: (answer) => {
          confirmAction(S.stepDone(answer.stateLabel));
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
          <Heading slot="title">{S.stepTitle(step.label)}</Heading>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <TextField
              className="field"
              value={note}
              onChange={setNote}
              isRequired={stepNeedsNote(step.needs)}
              isInvalid={tried && noteMissing}
              validationBehavior="aria"
            >
              <Label className="field-label">{S.noteLabel}</Label>
              <TextArea className="field-input field-textarea" rows={3} autoFocus />
              <FieldError className="field-error">{S.noteRequired}</FieldError>
            </TextField>
            <ErrorNotice error={transition.error} />
            <div className="dialog-actions">
              <Button variant="quiet" onPress={onClose}>
                {S.cancel}
              </Button>
              <Button
                type="submit"
                variant={step.to === 'reddedildi' || step.to === 'iptal_edildi' ? 'danger' : 'primary'}
                isPending={transition.isPending}
              >
                {S.confirm}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The application's next steps the user's role may take (the service checks the guards and four-eyes again). */
export function FinansmanActions({ applicationId, allowed }: { readonly applicationId: number; readonly allowed: readonly Step[] }) {
  const [open, setOpen] = useState<Step | null>(null);
  return (
    <div className="workflow-actions">
      {allowed.length === 0 ? (
        <p className="muted">{S.noNextSteps}</p>
      ) : (
        <div className="button-row" role="group" aria-label={S.nextSteps}>
          {allowed.map((step) => (
            <Button
              key={step.to}
              variant={
                step.to === 'reddedildi' || step.to === 'iptal_edildi' ? 'danger' : stepNeedsNote(step.needs) ? 'secondary' : 'primary'
              }
              onPress={() => {
                setOpen(step);
              }}
            >
              {step.label}
            </Button>
          ))}
        </div>
      )}
      {open === null ? null : (
        <StepDialog
          applicationId={applicationId}
          step={open}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
