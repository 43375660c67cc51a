import type { ChannelResponse } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';

export type ImpactListing = ChannelResponse<'impact:list'>;
export type ImpactItem = ImpactListing['items'][number];

/** The items and the progress of a run; polled every second while a run is going, every half minute otherwise. */
export function useImpactList(scope: 'mine' | 'all', include: 'open' | 'all') {
  return useChannelQuery(
    'impact:list',
    { scope, include },
    { refetchInterval: (query) => (query.state.data?.progress.running === true ? 1000 : 30_000) },
  );
}

export function useAcknowledge() {
  return useChannelMutation('impact:acknowledge', ['impact:list', 'inbox:list']);
}

export function useRunImpact() {
  return useChannelMutation('impact:run', ['impact:list']);
}
