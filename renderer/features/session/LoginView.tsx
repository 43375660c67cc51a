import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Form } from 'react-aria-components';
import { CONTRACT } from '../../../electron/contract';
import { useChannelMutation } from '../../api/use-contract';
import { useSetSession } from '../../app/session';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { FormField } from '../../widgets/FormField';
import { SessionFrame } from './SessionFrame';
import { SESSION_STRINGS as S } from './strings';

export function LoginView() {
  const setSession = useSetSession();
  const login = useChannelMutation('session:login');
  const form = useForm({ resolver: zodResolver(CONTRACT['session:login'].request), defaultValues: { username: '', password: '' } });

  const submit = form.handleSubmit((values) => {
    login.mutate(values, {
      onSuccess: ({ user }) => {
        setSession({ user, locked: false, setupRequired: false });
      },
    });
  });

  return (
    <SessionFrame title={S.loginTitle}>
      <Form onSubmit={(event) => void submit(event)} className="stack" validationBehavior="aria">
        <FormField control={form.control} name="username" label={S.username} autoComplete="username" autoFocus isRequired />
        <FormField control={form.control} name="password" label={S.password} type="password" autoComplete="current-password" isRequired />
        <ErrorNotice error={login.error} />
        <Button type="submit" variant="primary" isPending={login.isPending}>
          {login.isPending ? S.loggingIn : S.login}
        </Button>
      </Form>
    </SessionFrame>
  );
}
