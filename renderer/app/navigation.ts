import type { UserRole } from '../../electron/contract';

export type NavigationItem = {
  readonly href: string;
  readonly label: string;
  readonly roles: readonly UserRole[];
  /** Other paths that belong to this item (a case file belongs to İşletmeler). */
  readonly matches: readonly string[];
};

const EVERYONE: readonly UserRole[] = ['sorumlu_personel', 'mudur', 'izleyici', 'yonetici'];

/** The screens of the left menu, per role; a screen appears here only when it works. */
export const NAVIGATION: readonly NavigationItem[] = [
  { href: '/', label: 'Yapılacaklar', roles: EVERYONE, matches: [] },
  { href: '/isletmeler', label: 'İşletmeler', roles: EVERYONE, matches: ['/isletmeler', '/dosyalar'] },
  { href: '/saha', label: 'Saha ziyaretleri', roles: ['izleyici', 'sorumlu_personel'], matches: ['/saha'] },
  { href: '/esitleme', label: 'Eşitleme', roles: EVERYONE, matches: ['/esitleme'] },
  { href: '/ayarlar', label: 'Ayarlar', roles: ['yonetici'], matches: ['/ayarlar'] },
];

export function isCurrent(item: NavigationItem, location: string): boolean {
  if (item.href === '/') return location === '/';
  return item.matches.some((prefix) => location === prefix || location.startsWith(`${prefix}/`));
}
