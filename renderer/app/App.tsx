import { LockView } from '../features/session/LockView';
import { LoginView } from '../features/session/LoginView';
import { SetupView } from '../features/session/SetupView';
import { SESSION_STRINGS } from '../features/session/strings';
import { ErrorNotice } from '../widgets/ErrorNotice';
import { Loading } from '../widgets/Loading';
import { AppShell } from './AppShell';
import { CurrentUserContext, useSessionQuery } from './session';
import { useIdleLock } from './use-idle-lock';

/** The session gate: first-run setup, login, or the shell (kept mounted under the lock, so no half-filled form is lost). */
export function App() {
  const session = useSessionQuery();
  const user = session.data?.user ?? null;
  const { idle, reset, lockNow } = useIdleLock(user !== null);

  if (session.isPending) {
    return (
      <main className="session-frame">
        <Loading label={SESSION_STRINGS.checking} />
      </main>
    );
  }
  if (session.isError) {
    return (
      <main className="session-frame">
        <ErrorNotice error={session.error} />
      </main>
    );
  }
  if (session.data.setupRequired) return <SetupView />;
  if (user === null) return <LoginView />;

  const locked = session.data.locked || idle;
  return (
    <CurrentUserContext.Provider value={user}>
      <div inert={locked} aria-hidden={locked}>
        <AppShell onLock={lockNow} />
      </div>
      {locked ? (
        <div className="lock-overlay">
          <LockView user={user} onUnlocked={reset} />
        </div>
      ) : null}
    </CurrentUserContext.Provider>
  );
}
