import { Suspense } from 'react';
import { Link } from 'react-aria-components';
import { ROLE_LABELS } from '../../electron/contract';
import { useChannelMutation } from '../api/use-contract';
import { InboxCount } from '../features/inbox/InboxCount';
import { Button } from '../widgets/Button';
import { Loading } from '../widgets/Loading';
import { NAVIGATION, isCurrent } from './navigation';
import { AppRoutes, useAppLocation } from './routes';
import { useCurrentUser, useSetSession } from './session';
import { SHELL_STRINGS as S } from './strings';

export function AppShell({ onLock }: { readonly onLock: () => void }) {
  const user = useCurrentUser();
  const [location] = useAppLocation();
  const setSession = useSetSession();
  const logout = useChannelMutation('session:logout');

  return (
    <div className="shell">
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {S.skipToContent}
      </a>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <p className="brand brand-small">
            <span className="brand-mark" aria-hidden="true">
              K
            </span>
            <strong>KOBİ Dosya</strong>
          </p>
          <nav aria-label={S.mainNavigation}>
            <ul className="nav-list">
              {NAVIGATION.filter((item) => item.roles.includes(user.role)).map((item) => {
                const current = isCurrent(item, location);
                return (
                  <li key={item.href}>
                    <Link href={item.href} className="nav-link" {...(current ? { 'aria-current': 'page' as const } : {})}>
                      <span>{item.label}</span>
                      {item.href === '/' ? <InboxCount /> : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="sidebar-user">
            <p>
              <span className="sidebar-user-name">{user.fullName}</span>
              <span className="sidebar-user-role">{ROLE_LABELS[user.role]}</span>
            </p>
            <div className="sidebar-user-actions">
              <Button variant="quiet" onPress={onLock}>
                {S.lock}
              </Button>
              <Button
                variant="quiet"
                isPending={logout.isPending}
                onPress={() => {
                  logout.mutate(
                    {},
                    {
                      onSettled: () => {
                        setSession({ user: null, locked: false, setupRequired: false });
                      },
                    },
                  );
                }}
              >
                {S.logout}
              </Button>
            </div>
          </div>
        </div>
      </aside>
      <main id="main-content" className="content" tabIndex={-1}>
        <Suspense fallback={<Loading label={S.loadingScreen} />}>
          <AppRoutes />
        </Suspense>
      </main>
    </div>
  );
}
