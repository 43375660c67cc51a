import { useState } from 'react';
import { Dialog, Heading, Label, Modal, ModalOverlay, TextArea, TextField, FieldError, Text } from 'react-aria-components';
import { ROLE_LABELS, type ChannelRequest, type UserRole } from '../../../electron/contract';
import { useChannelMutation } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { TextInput } from '../../widgets/TextInput';
import { WORKFLOW_STRINGS as S, needsReason } from './strings';

type TransitionRequest = ChannelRequest<'workflow:transition'>;
type Facts = NonNullable<TransitionRequest['facts']>;
export type AllowedStep = {
  readonly to: string;
  readonly label: string;
  readonly roles: readonly string[];
  readonly needs: readonly string[];
};

function isRole(role: string): role is UserRole {
  return Object.hasOwn(ROLE_LABELS, role);
}

function roleNames(roles: readonly string[]): string {
  return roles.map((role) => (isRole(role) ? ROLE_LABELS[role] : role)).join(', ');
}

function StepDialog({
  kind,
  recordId,
  step,
  onClose,
}: {
  readonly kind: TransitionRequest['kind'];
  readonly recordId: number;
  readonly step: AllowedStep;
  readonly onClose: () => void;
}) {
  const transition = useChannelMutation('workflow:transition', ['case:get', 'case:history', 'inbox:list']);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [facts, setFacts] = useState<Facts>(() => {
    const initial: Record<string, boolean | string> = {};
    for (const need of step.needs) {
      if (need === 'taxLiabilityActive') initial[need] = true;
      if (need === 'taxOrSgkDebt') initial[need] = false;
      if (need === 'creditUsedOn' || need === 'on') initial[need] = todayInTurkey();
    }
    return initial;
  });
  const reasonMissing = needsReason(step.to) && note.trim() === '';

  const save = () => {
    setTried(true);
    if (reasonMissing) return;
    const request: TransitionRequest = {
      kind,
      recordId,
      to: step.to,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
      ...(Object.keys(facts).length === 0 ? {} : { facts }),
    };
    transition.mutate(request, {
      onSuccess: (answer) => {
        confirmAction(S.done(answer.stateLabel));
        onClose();
      },
    });
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      isDismissable
    >
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{S.dialogTitle(step.label)}</Heading>
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            {step.needs.some((need) => need in S.facts) ? <p className="muted">{S.factsIntro}</p> : null}
            {step.needs.map((need) => {
              if (need === 'taxLiabilityActive' || need === 'taxOrSgkDebt') {
                return (
                  <CheckboxInput
                    key={need}
                    label={S.facts[need]}
                    isSelected={facts[need] === true}
                    onChange={(value) => {
                      setFacts((old) => ({ ...old, [need]: value }));
                    }}
                  />
                );
              }
              if (need === 'creditUsedOn' || need === 'on') {
                return (
                  <TextInput
                    key={need}
                    label={S.facts[need]}
                    type="date"
                    value={facts[need] ?? ''}
                    onChange={(value) => {
                      setFacts((old) => ({ ...old, [need]: value }));
                    }}
                    isRequired
                  />
                );
              }
              return null;
            })}
            <TextField
              className="field"
              value={note}
              onChange={setNote}
              isRequired={needsReason(step.to)}
              isInvalid={tried && reasonMissing}
              validationBehavior="aria"
            >
              <Label className="field-label">{S.noteLabel}</Label>
              <TextArea className="field-input field-textarea" rows={3} autoFocus />
              {tried && reasonMissing ? null : (
                <Text slot="description" className="field-description">
                  {S.noteHint}
                </Text>
              )}
              <FieldError className="field-error">{S.noteRequired}</FieldError>
            </TextField>
            <ErrorNotice error={transition.error} />
            <div className="dialog-actions">
              <Button variant="quiet" onPress={onClose}>
                {S.cancel}
              </Button>
              <Button type="submit" variant={step.to === 'reddedildi' ? 'danger' : 'primary'} isPending={transition.isPending}>
                {S.confirm}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The next steps of a record's workflow that the user's role may take, each confirmed in a dialog with its reason. */
export function WorkflowActions({
  kind,
  recordId,
  allowed,
}: {
  readonly kind: TransitionRequest['kind'];
  readonly recordId: number;
  readonly allowed: readonly AllowedStep[];
}) {
  const user = useCurrentUser();
  const [open, setOpen] = useState<AllowedStep | null>(null);
  const mine = allowed.filter((step) => step.roles.includes(user.role));
  const others = allowed.filter((step) => !step.roles.includes(user.role));

  return (
    <div className="workflow-actions">
      {mine.length === 0 ? (
        <p className="muted">
          {others.length > 0 ? S.waitingFor(roleNames([...new Set(others.flatMap((step) => step.roles))])) : S.noNextSteps}
        </p>
      ) : (
        <div className="button-row" role="group" aria-label={S.nextSteps}>
          {mine.map((step) => (
            <Button
              key={step.to}
              variant={step.to === 'reddedildi' ? 'danger' : needsReason(step.to) ? 'secondary' : 'primary'}
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
          kind={kind}
          recordId={recordId}
          step={open}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
