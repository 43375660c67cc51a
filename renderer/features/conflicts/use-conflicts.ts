import type { ChannelResponse } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';

export type ConflictListing = ChannelResponse<'sync:conflicts'>;
export type Conflict = ConflictListing['conflicts'][number];

export function useConflicts() {
  return useChannelQuery('sync:conflicts', {}, { refetchInterval: 30_000 });
}

/** A resolution changes the conflict list, the inbox's conflict tasks, the case (a value or a state) and the outbox. */
export function useResolveConflict() {
  return useChannelMutation('sync:resolve-conflict', ['sync:conflicts', 'inbox:list', 'case:get', 'sync:status']);
}
