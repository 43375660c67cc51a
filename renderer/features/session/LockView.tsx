import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useChannelMutation } from '../../api/use-contract';
import { useSetSession, type SessionUser } from '../../app/session';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { TextInput } from '../../widgets/TextInput';
import { SessionFrame } from './SessionFrame';
import { SESSION_STRINGS as S } from './strings';

/** The idle lock: the same user comes back with their password; anyone else signs out first. */
export function LockView({ user, onUnlocked }: { readonly user: SessionUser; readonly onUnlocked: () => void }) {
  const setSession = useSetSession();
  const unlock = useChannelMutation('session:unlock');
  const logout = useChannelMutation('session:logout');
  const [password, setPassword] = useState('');

  return (
    <SessionFrame title={S.lockTitle} intro={S.lockIntro(user.fullName)} overlay>
      <Form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          unlock.mutate(
            { password },
            {
              onSuccess: ({ user: unlocked }) => {
                setPassword('');
                setSession({ user: unlocked, locked: false, setupRequired: false });
                onUnlocked();
              },
            },
          );
        }}
      >
        <TextInput
          label={S.password}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          autoFocus
          isRequired
        />
        <ErrorNotice error={unlock.error} />
        <Button type="submit" variant="primary" isPending={unlock.isPending}>
          {unlock.isPending ? S.unlocking : S.unlock}
        </Button>
        <Button
          variant="quiet"
          onPress={() => {
            logout.mutate(
              {},
              {
                onSettled: () => {
                  setSession({ user: null, locked: false, setupRequired: false });
                },
              },
            );
          }}
        >
          {S.otherUser}
        </Button>
      </Form>
    </SessionFrame>
  );
}
