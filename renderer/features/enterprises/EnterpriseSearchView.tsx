import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { ChannelResponse } from '../../../electron/contract';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { PageHeader } from '../../widgets/PageHeader';
import { ENTERPRISE_STRINGS as S } from './strings';
import { SEARCH_LIMIT, useEnterpriseSearch } from './use-enterprise-search';

type Hit = ChannelResponse<'enterprise:search'>['hits'][number];

const ROW_HEIGHT = 56;

function identifierText(hit: Hit): string {
  const parts: string[] = [];
  if (hit.vkn !== null) parts.push(`${S.vkn} ${hit.vkn}`);
  if (hit.tckn !== null) parts.push(`${S.tckn} ${hit.tckn}`);
  return parts.join(' · ');
}

/**
 * Search as you type over every enterprise (the combobox pattern: focus stays in the field, arrows move the active
 * result, Enter opens it). The result list is virtualised, so hundreds of rows cost what a screenful does.
 */
export default function EnterpriseSearchView() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [, navigate] = useLocation();
  const search = useEnterpriseSearch(query);
  const listId = useId();
  const inputId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const hits = query.trim() === '' ? [] : (search.data?.hits ?? []);

  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const activeIndex = Math.min(active, Math.max(hits.length - 1, 0));
  const optionId = (index: number) => `${listId}-option-${index}`;

  const move = (index: number) => {
    const next = Math.max(0, Math.min(hits.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 8) / ROW_HEIGHT) - 1);
    const actions: Readonly<Record<string, () => void>> = {
      ArrowDown: () => {
        move(activeIndex + 1);
      },
      ArrowUp: () => {
        move(activeIndex - 1);
      },
      PageDown: () => {
        move(activeIndex + page);
      },
      PageUp: () => {
        move(activeIndex - page);
      },
      Enter: () => {
        const hit = hits[activeIndex];
        if (hit) navigate(`/isletmeler/${hit.id}`);
      },
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const status =
    query.trim() === ''
      ? S.typeToSearch
      : search.isPending
        ? S.searching
        : hits.length === 0
          ? S.noResults(query.trim())
          : `${S.resultCount(hits.length, hits.length >= SEARCH_LIMIT)}. ${S.keyboardHint}`;

  return (
    <>
      <PageHeader
        title={S.searchTitle}
        subtitle={S.searchSubtitle}
        actions={
          <Link href="/isletmeler/yeni" className="button button-primary">
            {S.newEnterprise}
          </Link>
        }
      />
      <div className="search">
        <label htmlFor={inputId} className="field-label">
          {S.searchLabel}
        </label>
        <input
          id={inputId}
          className="field-input search-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          placeholder={S.searchPlaceholder}
          value={query}
          autoFocus
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            virtualizer.scrollToOffset(0);
          }}
          onKeyDown={onKeyDown}
        />
        <p className="muted search-status" role="status" data-testid="search-status">
          {status}
        </p>
      </div>
      <ErrorNotice error={search.error} />
      <div ref={scrollRef} className="search-results" hidden={hits.length === 0}>
        <ul id={listId} role="listbox" aria-label={S.resultsLabel} style={{ height: virtualizer.getTotalSize() }} className="search-list">
          {virtualizer.getVirtualItems().map((item) => {
            const hit = hits[item.index];
            if (hit === undefined) return null;
            const selected = item.index === activeIndex;
            return (
              <li
                key={hit.id}
                id={optionId(item.index)}
                role="option"
                aria-selected={selected}
                aria-setsize={hits.length}
                aria-posinset={item.index + 1}
                className={`search-hit${selected ? ' search-hit-active' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onMouseMove={() => {
                  setActive(item.index);
                }}
                onClick={() => {
                  navigate(`/isletmeler/${hit.id}`);
                }}
              >
                <span className="search-hit-name">{hit.unvan}</span>
                <span className="search-hit-meta">
                  {identifierText(hit)}
                  {hit.provinces.length > 0 ? ` · ${hit.provinces.join(', ')}` : ''}
                  {hit.naceMain === null ? '' : ` · ${S.nace} ${hit.naceMain}`}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
