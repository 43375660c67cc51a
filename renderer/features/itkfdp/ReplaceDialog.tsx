import { useState } from 'react';
import type { CommittedPersonDto } from '../../../electron/contract/itkfdp';
import { useChannelMutation } from '../../api/use-contract';
import { confirmAction } from '../../widgets/feedback';
import { FormDialog } from '../../widgets/FormDialog';
import { TextInput } from '../../widgets/TextInput';
import { PersonFields } from './PersonFields';
import { checkPerson, EMPTY_PERSON, type PersonFormErrors } from './person-form';
import { ITKFDP_STRINGS as S } from './strings';

const fullName = (person: { readonly firstName: string; readonly lastName: string }) => `${person.firstName} ${person.lastName}`;

/** A committed person left: their last working day and the person declared in their place (MADDE 14(5), 14(6)). */
export function ReplaceDialog({
  applicationId,
  leaver,
  onClose,
}: {
  readonly applicationId: number;
  readonly leaver: CommittedPersonDto;
  readonly onClose: () => void;
}) {
  const replace = useChannelMutation('personnel:replace', ['personnel:list', 'case:history']);
  const [leftOn, setLeftOn] = useState(leaver.leftOn ?? '');
  const [values, setValues] = useState(EMPTY_PERSON);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [leftOnError, setLeftOnError] = useState<string | undefined>(undefined);

  const save = () => {
    const checked = checkPerson(values);
    const leftOnMissing = !/^\d{4}-\d{2}-\d{2}$/.test(leftOn);
    setLeftOnError(leftOnMissing ? S.dateRequired : undefined);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok || leftOnMissing) return;
    replace.mutate(
      { applicationId, personId: leaver.id, leftOn, replacement: checked.request },
      {
        onSuccess: (answer) => {
          confirmAction(S.replaced(leaver.personKey, `${answer.replacement.personKey} ${fullName(answer.replacement)}`));
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={S.replaceTitle(leaver.personKey, fullName(leaver))}
      onSubmit={save}
      onClose={onClose}
      error={replace.error}
      cancelLabel={S.cancel}
      submitLabel={S.replaceSave}
      isPending={replace.isPending}
      wide
    >
      <p className="muted">{S.replaceIntro}</p>
      <TextInput label={S.leftOnLabel} type="date" value={leftOn} onChange={setLeftOn} errorMessage={leftOnError} isRequired />
      <PersonFields values={values} errors={errors} onChange={setValues} />
    </FormDialog>
  );
}
