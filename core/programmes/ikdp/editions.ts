import type { IkdpEdition } from './edition';
import { IKDP_2025 } from './edition-2025';
import { IKDP_2026 } from './edition-2026';

/** The built-in editions; headquarters' reference data can supply corrected ones. */
export const IKDP_EDITIONS: Readonly<Record<IkdpEdition['id'], IkdpEdition>> = {
  'IKDP-2025': IKDP_2025,
  'IKDP-2026': IKDP_2026,
};
