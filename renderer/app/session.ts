import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { ChannelResponse } from '../../electron/contract';
import { useChannelQuery } from '../api/use-contract';

export type SessionUser = NonNullable<ChannelResponse<'session:current'>['user']>;
export type SessionState = ChannelResponse<'session:current'>;

export function useSessionQuery() {
  return useChannelQuery('session:current', {}, { staleTime: Infinity, retry: false });
}

/** After login, unlock or setup the service answers the user: the session query takes it without another call. */
export function useSetSession() {
  const client = useQueryClient();
  return (state: SessionState) => {
    client.setQueryData(['session:current', {}], state);
  };
}

/** The signed-in user, for screens inside the shell (which only renders with a user). */
export const CurrentUserContext = createContext<SessionUser | null>(null);

export function useCurrentUser(): SessionUser {
  const user = useContext(CurrentUserContext);
  if (user === null) throw new Error('useCurrentUser outside the signed-in shell');
  return user;
}
