import { useInfiniteQuery } from '@tanstack/react-query';
import type { ChannelResponse } from '../../../electron/contract';
import type { ContractFailure } from '../../api/contract-failure';
import { call } from '../../api/use-contract';

export type InboxPage = ChannelResponse<'inbox:list'>;
export type InboxTask = InboxPage['tasks'][number];
export type InboxScope = 'mine' | 'all';

/** The inbox a page (50 tasks) at a time, earliest legal due date first, following the service's cursor. */
export function useInbox(scope: InboxScope) {
  return useInfiniteQuery<InboxPage, ContractFailure>({
    queryKey: ['inbox:list', { scope }],
    queryFn: ({ pageParam }) =>
      call('inbox:list', pageParam === null ? { scope } : { scope, after: pageParam as NonNullable<InboxPage['next']> }),
    initialPageParam: null,
    getNextPageParam: (last) => last.next,
  });
}

/** The count in the navigation: the first 200 tasks (and whether there are more), overdue among them. */
export function useInboxCount(scope: InboxScope) {
  return useInfiniteQuery<InboxPage, ContractFailure>({
    queryKey: ['inbox:list', { scope, count: true }],
    queryFn: () => call('inbox:list', { scope, limit: 200 }),
    initialPageParam: null,
    getNextPageParam: () => undefined,
    refetchInterval: 60_000,
  });
}

export function defaultScope(role: string): InboxScope {
  return role === 'sorumlu_personel' ? 'mine' : 'all';
}
