import { useState } from 'react';
import type { CommittedPersonDto } from '../../../electron/contract/itkfdp';
import { useChannelMutation } from '../../api/use-contract';
import { confirmAction } from '../../widgets/feedback';
import { FormDialog } from '../../widgets/FormDialog';
import { PersonFields } from './PersonFields';
import { RecordedChecksFields } from './RecordedChecksFields';
import { checkPerson, personValues, type PersonFormErrors, type PersonFormValues } from './person-form';
import { ITKFDP_STRINGS as S } from './strings';

/**
 * Corrects a committed person: every field while the application is in control; once it is decided only the status
 * check and other programmes' support (the service refuses any other change then).
 */
export function EditPersonDialog({
  applicationId,
  person,
  checksOnly,
  onClose,
}: {
  readonly applicationId: number;
  readonly person: CommittedPersonDto;
  readonly checksOnly: boolean;
  readonly onClose: () => void;
}) {
  const update = useChannelMutation('personnel:update', ['personnel:list', 'case:history', 'case:get']);
  const [values, setValues] = useState(() => personValues(person));
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [tried, setTried] = useState(false);
  // After a refused save the marks follow the typing, so a corrected field loses its message at once.
  const change = (next: PersonFormValues) => {
    setValues(next);
    if (tried) {
      const checked = checkPerson(next);
      setErrors(checked.ok ? {} : checked.errors);
    }
  };
  const name = `${person.firstName} ${person.lastName}`;

  const save = () => {
    setTried(true);
    const checked = checkPerson(values);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    update.mutate(
      { applicationId, personId: person.id, person: checked.request },
      {
        onSuccess: () => {
          confirmAction(S.edited(person.personKey));
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={S.editTitle(person.personKey, name)}
      onSubmit={save}
      onClose={onClose}
      error={update.error}
      cancelLabel={S.cancel}
      submitLabel={S.editSave}
      isPending={update.isPending}
      wide
    >
      {checksOnly ? (
        <>
          <p className="muted">{S.editChecksOnly}</p>
          <RecordedChecksFields values={values} errors={errors} onChange={change} />
        </>
      ) : (
        <PersonFields values={values} errors={errors} onChange={change} />
      )}
    </FormDialog>
  );
}
