import { useState } from 'react';
import { Label, TextArea, TextField, FieldError, Text } from 'react-aria-components';
import type { ChannelName, ChannelRequest } from '../../../electron/contract';
import { useChannelMutation } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { confirmAction } from '../../widgets/feedback';
import { FormDialog } from '../../widgets/FormDialog';
import { TextInput } from '../../widgets/TextInput';
import { endsWithoutApproval, FACTS_OF_GUARD, WORKFLOW_STRINGS as S, needsReason } from './strings';

type TransitionRequest = ChannelRequest<'workflow:transition'>;

/** The views that show a record of each kind and so read again after a step. */
const SHOWN_BY: Readonly<Record<TransitionRequest['kind'], readonly ChannelName[]>> = {
  ikdp_application: ['case:get', 'case:history', 'inbox:list', 'inbox:approvals'],
  itkfdp_application: ['case:get', 'case:history', 'inbox:list', 'inbox:approvals'],
  payment_request: ['case:get', 'case:history', 'inbox:list', 'inbox:approvals'],
  monitoring_visit: ['case:get', 'case:history', 'inbox:list', 'visit:list'],
  finansman_application: ['finansman:get', 'finansman:list', 'inbox:list', 'inbox:approvals'],
};
type Facts = NonNullable<TransitionRequest['facts']>;
export type AllowedStep = {
  readonly to: string;
  readonly label: string;
  readonly roles: readonly string[];
  readonly needs: readonly string[];
};

function StepDialog({
  kind,
  recordId,
  state,
  step,
  onClose,
}: {
  readonly kind: TransitionRequest['kind'];
  readonly state: string;
  readonly recordId: number;
  readonly step: AllowedStep;
  readonly onClose: () => void;
}) {
  const transition = useChannelMutation('workflow:transition', SHOWN_BY[kind]);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const factNames = [...new Set(step.needs.flatMap((guard) => FACTS_OF_GUARD[guard] ?? []))];
  const [facts, setFacts] = useState<Facts>(() => {
    const initial: Facts = {};
    for (const name of factNames) {
      if (name === 'taxLiabilityActive') initial.taxLiabilityActive = true;
      if (name === 'taxOrSgkDebt') initial.taxOrSgkDebt = false;
      if (name === 'creditUsedOn') initial.creditUsedOn = todayInTurkey();
      if (name === 'on') initial.on = todayInTurkey();
    }
    return initial;
  });
  const conditions = step.needs.map((guard) => S.guards[guard]).filter((text) => text !== undefined);
  const reasonNeeded = needsReason(state, step);
  const reasonMissing = reasonNeeded && note.trim() === '';

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
    <FormDialog
      title={S.dialogTitle(step.label)}
      onSubmit={save}
      onClose={onClose}
      error={transition.error}
      cancelLabel={S.cancel}
      submitLabel={S.confirm}
      submitVariant={endsWithoutApproval(step.to) ? 'danger' : 'primary'}
      isPending={transition.isPending}
    >
      {conditions.length === 0 ? null : (
        <div className="notice notice-info">
          <strong>{S.conditions}</strong>
          <ul>
            {conditions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      {factNames.length > 0 ? <p className="muted">{S.factsIntro}</p> : null}
      {factNames.map((need) => {
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
      })}
      <TextField
        className="field"
        value={note}
        onChange={setNote}
        isRequired={reasonNeeded}
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
    </FormDialog>
  );
}

/** The next steps of a record's workflow that the user's role may take, each confirmed in a dialog with its reason. */
export function WorkflowActions({
  kind,
  recordId,
  state,
  allowed,
}: {
  readonly kind: TransitionRequest['kind'];
  /** The record's current state (a step back to it carries a reason). */
  readonly state: string;
  readonly recordId: number;
  readonly allowed: readonly AllowedStep[];
}) {
  const user = useCurrentUser();
  const [open, setOpen] = useState<AllowedStep | null>(null);
  const mine = allowed.filter((step) => step.roles.includes(user.role));

  return (
    <div className="workflow-actions">
      {mine.length === 0 ? (
        <p className="muted">{S.noNextSteps}</p>
      ) : (
        <div className="button-row" role="group" aria-label={S.nextSteps}>
          {mine.map((step) => (
            <Button
              key={step.to}
              variant={endsWithoutApproval(step.to) ? 'danger' : needsReason(state, step) ? 'secondary' : 'primary'}
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
          state={state}
          step={open}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
