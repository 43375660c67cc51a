import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Form } from 'react-aria-components';
import { z } from 'zod';
import { CONTRACT } from '../../../electron/contract';
import { useChannelMutation } from '../../api/use-contract';
import { useSetSession } from '../../app/session';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { FormField } from '../../widgets/FormField';
import { SessionFrame } from './SessionFrame';
import { SESSION_STRINGS as S } from './strings';

const setupForm = CONTRACT['session:setup'].request
  .extend({ passwordAgain: z.string() })
  .refine((values) => values.password === values.passwordAgain, { message: S.passwordsDiffer, path: ['passwordAgain'] });

export function SetupView() {
  const setSession = useSetSession();
  const setup = useChannelMutation('session:setup');
  const form = useForm({
    resolver: zodResolver(setupForm),
    defaultValues: { username: '', fullName: '', password: '', passwordAgain: '' },
  });

  const submit = form.handleSubmit(({ username, fullName, password }) => {
    setup.mutate(
      { username, fullName, password },
      {
        onSuccess: ({ user }) => {
          setSession({ user, locked: false, setupRequired: false });
        },
      },
    );
  });

  return (
    <SessionFrame title={S.setupTitle} intro={S.setupIntro}>
      <Form onSubmit={(event) => void submit(event)} className="stack" validationBehavior="aria">
        <FormField control={form.control} name="fullName" label={S.fullName} autoComplete="name" autoFocus isRequired />
        <FormField control={form.control} name="username" label={S.username} autoComplete="username" isRequired />
        <FormField control={form.control} name="password" label={S.newPassword} type="password" autoComplete="new-password" isRequired />
        <FormField
          control={form.control}
          name="passwordAgain"
          label={S.newPasswordAgain}
          type="password"
          autoComplete="new-password"
          isRequired
        />
        <ErrorNotice error={setup.error} />
        <Button type="submit" variant="primary" isPending={setup.isPending}>
          {setup.isPending ? S.creating : S.createAdmin}
        </Button>
      </Form>
    </SessionFrame>
  );
}
