import type { ReactNode } from 'react';
import { SESSION_STRINGS as S } from './strings';

/** The centred card of the screens before the shell: login, first-run setup, lock. */
export function SessionFrame({
  title,
  intro,
  children,
  overlay = false,
}: {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
  /** Over the shell (the lock): a modal dialog, not a second main landmark. */
  readonly overlay?: boolean;
}) {
  const card = (
    <section className="session-card" aria-labelledby="session-title">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          K
        </span>
        <span>
          <strong>{S.productName}</strong>
          <span className="brand-tagline">{S.productTagline}</span>
        </span>
      </p>
      <h1 id="session-title">{title}</h1>
      {intro === undefined ? null : <p className="session-intro">{intro}</p>}
      {children}
    </section>
  );
  if (overlay) {
    return (
      <div className="session-frame" role="dialog" aria-modal="true" aria-labelledby="session-title">
        {card}
      </div>
    );
  }
  return <main className="session-frame">{card}</main>;
}
