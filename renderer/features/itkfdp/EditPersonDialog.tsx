import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { CommittedPersonDto } from '../../../electron/contract/itkfdp';
import { useChannelMutation } from '../../api/use-contract';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { PersonFields } from './PersonFields';
import { RecordedChecksFields } from './RecordedChecksFields';
import { checkPerson, personValues, type PersonFormErrors } from './person-form';
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
  const name = `${person.firstName} ${person.lastName}`;

  const save = () => {
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
    <ModalOverlay
      className="modal-overlay"
      isOpen
      isDismissable
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">{S.editTitle(person.personKey, name)}</Heading>
          <form
            className="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            {checksOnly ? (
              <>
                <p className="muted">{S.editChecksOnly}</p>
                <RecordedChecksFields values={values} errors={errors} onChange={setValues} />
              </>
            ) : (
              <PersonFields values={values} errors={errors} onChange={setValues} />
            )}
            <ErrorNotice error={update.error} />
            <div className="dialog-actions">
              <Button variant="quiet" onPress={onClose}>
                {S.cancel}
              </Button>
              <Button type="submit" variant="primary" isPending={update.isPending}>
                {S.editSave}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
