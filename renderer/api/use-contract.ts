import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../../electron/contract';
import { invoke } from './client';
import { ContractFailure } from './contract-failure';

/** Calls a channel and returns its value, or throws its typed error (for the query hooks and event handlers). */
export async function call<C extends ChannelName>(channel: C, request: ChannelRequest<C>): Promise<ChannelResponse<C>> {
  const result = await invoke(channel, request);
  if (!result.ok) throw new ContractFailure(result.error);
  return result.value;
}

type QueryOptions<C extends ChannelName> = Omit<UseQueryOptions<ChannelResponse<C>, ContractFailure>, 'queryKey' | 'queryFn'>;

/** A read channel as a cached query, keyed by channel and request. */
export function useChannelQuery<C extends ChannelName>(channel: C, request: ChannelRequest<C>, options: QueryOptions<C> = {}) {
  return useQuery<ChannelResponse<C>, ContractFailure>({
    queryKey: [channel, request],
    queryFn: () => call(channel, request),
    ...options,
  });
}

/** A write channel; on success the listed channels' cached reads are refreshed. */
export function useChannelMutation<C extends ChannelName>(channel: C, invalidates: readonly ChannelName[] = []) {
  const client = useQueryClient();
  return useMutation<ChannelResponse<C>, ContractFailure, ChannelRequest<C>>({
    mutationFn: (request) => call(channel, request),
    onSuccess: async () => {
      await Promise.all(invalidates.map((name) => client.invalidateQueries({ queryKey: [name] })));
    },
  });
}
