import { useEffect, useState } from 'react';
import type { ChannelRequest } from '../../../electron/contract';
import { call } from '../../api/use-contract';

export type IdentifierType = ChannelRequest<'identifier:check'>['type'];
export type IdentifierCheck =
  | { readonly state: 'empty' | 'checking' }
  | { readonly state: 'valid' | 'invalid'; readonly message: string; readonly normalized: string | null };

/** Checks an identifier as it is typed (after a short pause) with the rules' own Turkish message. */
export function useIdentifierCheck(type: IdentifierType, value: string): IdentifierCheck {
  const [check, setCheck] = useState<IdentifierCheck>({ state: 'empty' });
  useEffect(() => {
    const trimmed = value.trim();
    if (trimmed === '') {
      setCheck({ state: 'empty' });
      return undefined;
    }
    setCheck({ state: 'checking' });
    let live = true;
    const timer = window.setTimeout(() => {
      call('identifier:check', { type, value: trimmed }).then(
        (answer) => {
          if (live) setCheck({ state: answer.valid ? 'valid' : 'invalid', message: answer.message, normalized: answer.normalized });
        },
        () => {
          if (live) setCheck({ state: 'empty' });
        },
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [type, value]);
  return check;
}
