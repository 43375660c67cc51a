import { keepPreviousData } from '@tanstack/react-query';
import { useChannelQuery } from '../../api/use-contract';

export const SEARCH_LIMIT = 200;

/** Search as you type: one call per keystroke; the previous results stay on screen until the new ones arrive. */
export function useEnterpriseSearch(query: string) {
  const trimmed = query.trim();
  return useChannelQuery(
    'enterprise:search',
    { query: trimmed, limit: SEARCH_LIMIT },
    { enabled: trimmed.length > 0, placeholderData: keepPreviousData, staleTime: 60_000 },
  );
}
