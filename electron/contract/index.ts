import type { z } from 'zod';
import { ADMIN_CHANNELS } from './admin';
import { APPROVAL_CHANNELS } from './approvals';
import { CALL_CALENDAR_CHANNELS } from './call-calendars';
import { CASE_CHANNELS } from './cases';
import { ENTERPRISE_CHANNELS } from './enterprises';
import { FORM_CHANNELS } from './forms';
import { IMPACT_CHANNELS } from './impact';
import { FINANSMAN_CHANNELS } from './finansman';
import { INBOX_CHANNELS } from './inbox';
import { ITKFDP_CHANNELS } from './itkfdp';
import { PAYMENT_CHANNELS } from './payments';
import { PROGRAMME_CHANNELS } from './programmes';
import { SESSION_CHANNELS } from './session';
import { SGK_CHANNELS } from './sgk';
import { SYNC_CHANNELS } from './sync';
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
  ...APPROVAL_CHANNELS,
  ...PAYMENT_CHANNELS,
  ...VISIT_CHANNELS,
  ...ADMIN_CHANNELS,
  ...SGK_CHANNELS,
  ...PROGRAMME_CHANNELS,
  ...CALL_CALENDAR_CHANNELS,
  ...ITKFDP_CHANNELS,
  ...FORM_CHANNELS,
  ...IMPACT_CHANNELS,
  ...SYNC_CHANNELS,
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
