import { useCurrentUser } from '../../app/session';
import { SHELL_STRINGS } from '../../app/strings';
import { defaultScope, useInboxCount } from './use-inbox';

/** The number next to Yapılacaklar in the menu; overdue work turns it red. */
export function InboxCount() {
  const user = useCurrentUser();
  const count = useInboxCount(defaultScope(user.role));
  const page = count.data?.pages[0];
  if (page === undefined) return null;
  const overdue = page.tasks.filter((task) => task.overdue).length;
  const shown = page.next === null ? String(page.tasks.length) : `${page.tasks.length}+`;
  return (
    <span className={`nav-count${overdue > 0 ? ' nav-count-overdue' : ''}`} aria-label={SHELL_STRINGS.tasksCount(shown, overdue)}>
      {shown}
    </span>
  );
}
