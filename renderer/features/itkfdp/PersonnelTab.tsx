import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { CommittedPersonDto } from '../../../electron/contract/itkfdp';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PersonFields } from './PersonFields';
import { EditPersonDialog } from './EditPersonDialog';
import { ReplaceDialog } from './ReplaceDialog';
import { checkPerson, EMPTY_PERSON, monthTr, type PersonFormErrors } from './person-form';
import { ITKFDP_STRINGS as S } from './strings';

const fullName = (person: { readonly firstName: string; readonly lastName: string }) => `${person.firstName} ${person.lastName}`;

/** The person's status as a badge, then where they stand in their commitment slot (MADDE 14(5)). */
function Status({ person, byId }: { readonly person: CommittedPersonDto; readonly byId: ReadonlyMap<number, CommittedPersonDto> }) {
  const replaced = person.replacesId === null ? undefined : byId.get(person.replacesId);
  const successor = person.replacedById === null ? undefined : byId.get(person.replacedById);
  return (
    <>
      <span className={`badge ${person.leftOn === null ? 'badge-ok' : 'badge-neutral'}`}>
        {person.leftOn === null ? S.working : S.leftBadge}
      </span>
      {person.leftOn === null ? null : <div>{S.left(formatDate(person.leftOn))}</div>}
      {replaced === undefined ? null : <div>{S.replaces(replaced.personKey, fullName(replaced))}</div>}
      {person.leftOn === null ? null : (
        <div>{successor === undefined ? S.noReplacement : S.replacedBy(successor.personKey, fullName(successor))}</div>
      )}
      <RecordedChecks person={person} />
    </>
  );
}

/** The status check and other programmes' support, as the rules read them (MADDE 14(22), 14(23), 9(12)). */
function RecordedChecks({ person }: { readonly person: CommittedPersonDto }) {
  const status = person.protectedStatus;
  return (
    <>
      {status === null ? null : (
        <div>
          {status.confirmed
            ? S.statusLine.confirmed
            : status.provenFrom === null
              ? S.statusLine.unconfirmed
              : S.statusLine.proven(formatDate(status.provenFrom))}
        </div>
      )}
      {(person.otherProgrammeSupport ?? []).map((entry) => (
        <div key={`${entry.program}-${entry.from}`}>
          {S.otherSupportLine(S.otherProgrammesShort[entry.program], monthTr(entry.from), monthTr(entry.to))}
        </div>
      ))}
    </>
  );
}

function AddPerson({ applicationId }: { readonly applicationId: number }) {
  const add = useChannelMutation('personnel:add', ['personnel:list', 'case:history']);
  const [values, setValues] = useState(EMPTY_PERSON);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  return (
    <form
      className="stack"
      aria-labelledby="personnel-add"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkPerson(values);
        setErrors(checked.ok ? {} : checked.errors);
        if (!checked.ok) return;
        add.mutate(
          { applicationId, person: checked.request },
          {
            onSuccess: (answer) => {
              confirmAction(S.added(answer.person.personKey, fullName(answer.person)));
              setValues(EMPTY_PERSON);
            },
          },
        );
      }}
    >
      <h3 id="personnel-add">{S.addTitle}</h3>
      <PersonFields values={values} errors={errors} onChange={setValues} />
      <p className="muted">{S.employedBeforeHint}</p>
      <ErrorNotice error={add.error} />
      <div className="button-row">
        <Button type="submit" variant="primary" isPending={add.isPending}>
          {S.add}
        </Button>
      </div>
    </form>
  );
}

/** Personel: the committed people with their status and replacements; add while in control, replace while running. */
export default function PersonnelTab({ applicationId }: { readonly applicationId: number }) {
  const user = useCurrentUser();
  const list = useChannelQuery('personnel:list', { applicationId });
  const remove = useChannelMutation('personnel:remove', ['personnel:list', 'case:history']);
  const [replacing, setReplacing] = useState<CommittedPersonDto | null>(null);
  const [editing, setEditing] = useState<CommittedPersonDto | null>(null);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNotice error={list.error} />;
  const { people, canEdit, canReplace, canRecordChecks } = list.data;
  const byId = new Map(people.map((person) => [person.id, person]));

  return (
    <section className="panel" aria-labelledby="personnel-title">
      <h2 id="personnel-title">{S.personnelTitle}</h2>
      <p className="muted">{S.personnelIntro}</p>
      {canEdit || !canReplace ? null : (
        <div className="notice notice-info">
          <p>{S.personnelLocked}</p>
        </div>
      )}
      <Table aria-labelledby="personnel-title" className="table">
        <TableHeader>
          <Column isRowHeader>{S.columns.key}</Column>
          <Column>{S.columns.name}</Column>
          <Column>{S.columns.tckn}</Column>
          <Column>{S.columns.citizenship}</Column>
          <Column>{S.columns.gender}</Column>
          <Column>{S.columns.birthDate}</Column>
          <Column>{S.columns.hiredOn}</Column>
          <Column>{S.columns.status}</Column>
          <Column>{S.columns.actions}</Column>
        </TableHeader>
        <TableBody items={people} renderEmptyState={() => <p className="empty">{S.personnelEmpty}</p>}>
          {(person) => (
            <Row id={person.id}>
              <Cell>{person.personKey}</Cell>
              <Cell>{fullName(person)}</Cell>
              <Cell>{person.tckn}</Cell>
              <Cell>{S.citizenships[person.citizenship]}</Cell>
              <Cell>{S.genders[person.gender]}</Cell>
              <Cell>{formatDate(person.birthDate)}</Cell>
              <Cell>{formatDate(person.hiredOn)}</Cell>
              <Cell className="cell-explanation">
                <Status person={person} byId={byId} />
              </Cell>
              <Cell>
                <div className="button-row">
                  {canEdit || canRecordChecks ? (
                    <Button
                      aria-label={S.edit(person.personKey)}
                      onPress={() => {
                        setEditing(person);
                      }}
                    >
                      {S.editShort}
                    </Button>
                  ) : null}
                  {canReplace && person.replacedById === null ? (
                    <Button
                      aria-label={S.replace(person.personKey)}
                      onPress={() => {
                        setReplacing(person);
                      }}
                    >
                      {S.replaceShort}
                    </Button>
                  ) : null}
                  {canEdit && person.replacedById === null ? (
                    <Button
                      variant="quiet"
                      aria-label={S.remove(person.personKey)}
                      isPending={remove.isPending && remove.variables.personId === person.id}
                      onPress={() => {
                        remove.mutate(
                          { applicationId, personId: person.id },
                          {
                            onSuccess: () => {
                              confirmAction(S.removed(person.personKey));
                            },
                          },
                        );
                      }}
                    >
                      {S.removeShort}
                    </Button>
                  ) : null}
                </div>
              </Cell>
            </Row>
          )}
        </TableBody>
      </Table>
      <ErrorNotice error={remove.error} />
      {canEdit ? <AddPerson applicationId={applicationId} /> : null}
      {user.role === 'sorumlu_personel' ? null : <p className="muted">{S.personnelReadOnly}</p>}
      {editing === null ? null : (
        <EditPersonDialog
          applicationId={applicationId}
          person={editing}
          checksOnly={!canEdit}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
      {replacing === null ? null : (
        <ReplaceDialog
          applicationId={applicationId}
          leaver={replacing}
          onClose={() => {
            setReplacing(null);
          }}
        />
      )}
    </section>
  );
}
