import { useState } from 'react';
import { Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ROLE_LABELS, USER_ROLES, type UserRole } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { sortTurkish } from '../../format/collation';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { SETTINGS_STRINGS as S } from './strings';

const ROLE_OPTIONS = USER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function UsersPanel() {
  const users = useChannelQuery('user:list', {});
  const create = useChannelMutation('user:create', ['user:list']);
  const update = useChannelMutation('user:update', ['user:list']);
  const [form, setForm] = useState({ username: '', fullName: '', role: 'sorumlu_personel' as UserRole, password: '' });

  return (
    <>
      <section className="panel" aria-labelledby="settings-users">
        <h2 id="settings-users">{S.users}</h2>
        {users.isPending ? <Loading /> : null}
        <ErrorNotice error={users.error ?? update.error} />
        {users.data ? (
          <Table aria-labelledby="settings-users" className="table">
            <TableHeader>
              <Column isRowHeader>{S.fullName}</Column>
              <Column>{S.username}</Column>
              <Column>{S.role}</Column>
              <Column>{S.active}</Column>
            </TableHeader>
            <TableBody items={sortTurkish(users.data.users, (user) => user.fullName)}>
              {(user) => (
                <Row id={user.id}>
                  <Cell>{user.fullName}</Cell>
                  <Cell>{user.username}</Cell>
                  <Cell>{ROLE_LABELS[user.role]}</Cell>
                  <Cell>
                    <span className={`badge ${user.active ? 'badge-ok' : 'badge-neutral'}`}>{user.active ? S.activeYes : S.activeNo}</span>{' '}
                    <Button
                      variant="quiet"
                      onPress={() => {
                        update.mutate(
                          { id: user.id, active: !user.active },
                          {
                            onSuccess: () => {
                              confirmAction(S.userUpdated(user.fullName));
                            },
                          },
                        );
                      }}
                    >
                      {user.active ? S.deactivate(user.fullName) : S.activate(user.fullName)}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="settings-new-user">
        <h2 id="settings-new-user">{S.newUser}</h2>
        <Form
          className="form-grid"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(form, {
              onSuccess: ({ user }) => {
                confirmAction(S.userCreated(user.fullName));
                setForm({ username: '', fullName: '', role: 'sorumlu_personel', password: '' });
              },
            });
          }}
        >
          <TextInput
            label={S.fullName}
            value={form.fullName}
            onChange={(fullName) => {
              setForm((old) => ({ ...old, fullName }));
            }}
            isRequired
          />
          <TextInput
            label={S.username}
            value={form.username}
            onChange={(username) => {
              setForm((old) => ({ ...old, username }));
            }}
            isRequired
          />
          <SelectField
            label={S.role}
            value={form.role}
            options={ROLE_OPTIONS}
            onChange={(role) => {
              setForm((old) => ({ ...old, role }));
            }}
          />
          <TextInput
            label={S.password}
            type="password"
            value={form.password}
            onChange={(password) => {
              setForm((old) => ({ ...old, password }));
            }}
            isRequired
          />
          <div className="span-2">
            <ErrorNotice error={create.error} />
            <Button type="submit" variant="primary" isPending={create.isPending}>
              {S.createUser}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
