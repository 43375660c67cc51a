import type { z } from 'zod';
import { ADMIN_CHANNELS } from './admin';
import { CASE_CHANNELS } from './cases';
import { ENTERPRISE_CHANNELS } from './enterprises';
import { FINANSMAN_CHANNELS } from './finansman';
import { INBOX_CHANNELS } from './inbox';
import { PAYMENT_CHANNELS } from './payments';
import { SESSION_CHANNELS } from './session';
import { VISIT_CHANNELS } from './visits';

/**
 * The one typed contract between the main process (or browser mode) and the
 * renderer: channel `noun:verb` → zod request, zod response, roles. Imports
 * zod only: the renderer and the preload import it too.
 */
export const CONTRACT = {
  ...SESSION_CHANNELS,
  ...ENTERPRISE_CHANNELS,
  ...CASE_CHANNELS,
  ...INBOX_CHANNELS,
  ...PAYMENT_CHANNELS,
  ...VISIT_CHANNELS,
  ...ADMIN_CHANNELS,
  ...FINANSMAN_CHANNELS,
} as const;

export type Contract = typeof CONTRACT;
export type ChannelName = keyof Contract;
export type ChannelRequest<C extends ChannelName> = z.input<Contract[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<Contract[C]['response']>;

export const CHANNEL_NAMES = Object.keys(CONTRACT) as readonly ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(CONTRACT, name);
}

export type { ChannelDefinition, ContractError, ContractErrorCode, ContractResult, UserRole } from './result';
export { CONTRACT_ERROR_CODES, ROLE_LABELS, USER_ROLES } from './result';
export { WORKFLOW_STATES, WORKFLOW_KIND_LABELS, stateLabel, type WorkflowKind } from './workflow-catalogue';
