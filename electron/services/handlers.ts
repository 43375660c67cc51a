import type { z } from 'zod';
import type { ChannelName, Contract, ChannelResponse } from '../contract';
import type { CallContext, SignedInCall } from './app-context';
import * as admin from './admin-service';
import * as approvals from './approval-inbox-service';
import * as auth from './auth-service';
import * as callCalendars from './call-calendar-service';
import * as cases from './case-service';
import * as enterprises from './enterprise-service';
import * as forms from './forms/forms-channels';
import * as impact from './impact-service';
import * as finansman from './finansman/finansman-channels';
import * as inbox from './inbox-service';
import * as itkfdp from './itkfdp-service';
import * as payments from './payment-service';
import * as programmes from './programme-service';
import * as sgk from './sgk-service';
import * as replication from './conflict-service';
import * as visits from './visit-service';
import { transition } from './workflows/workflow-service';

/**
 * Channel → service function. The dispatcher has parsed the request and
 * checked the session and role before any of these runs; a channel that is
 * not `public` always gets a signed-in call.
 */
type Parsed<C extends ChannelName> = z.output<Contract[C]['request']>;
type Answer<C extends ChannelName> = ChannelResponse<C> | Promise<ChannelResponse<C>>;
export type Handler<C extends ChannelName> = (call: CallContext, request: Parsed<C>) => Answer<C>;

function signedIn<C extends ChannelName>(work: (call: SignedInCall, request: Parsed<C>) => Answer<C>): Handler<C> {
  return (call, request) => {
    const { user } = call;
    if (user === null) throw new Error('signed-in handler called without a user');
    return work({ ...call, user }, request);
  };
}

export type HandlerMap = { readonly [C in ChannelName]: Handler<C> };

export const HANDLERS: HandlerMap = {
  'session:login': (call, request) => auth.login(call, request),
  'session:logout': (call) => auth.logout(call),
  'session:current': (call) => auth.current(call),
  'session:unlock': (call, request) => auth.unlock(call, request),
  'session:setup': (call, request) => auth.setup(call, request),
  'session:change-password': signedIn((call, request) => auth.changePassword(call, request)),
  'enterprise:search': signedIn(enterprises.search),
  'enterprise:get': signedIn(enterprises.get),
  'enterprise:create': signedIn(enterprises.create),
  'enterprise:update': signedIn(enterprises.update),
  'enterprise:add-site': signedIn(enterprises.addSite),
  'identifier:check': signedIn((_call, request) => enterprises.checkIdentifierValue(request)),
  'case:get': signedIn(cases.getCase),
  'case:history': signedIn(cases.history),
  'case:evaluate': signedIn(cases.evaluate),
  'application:create': signedIn(cases.createCase),
  'workflow:transition': signedIn(transition),
  'inbox:list': signedIn(inbox.list),
  'inbox:approvals': signedIn(approvals.list),
  'payment:create': signedIn(payments.create),
  'payment:preview': signedIn(payments.preview),
  'payment:evaluate': signedIn(payments.evaluate),
  'payment:get-decision': signedIn(payments.getDecision),
  'visit:visitors': signedIn(visits.visitors),
  'visit:schedule': signedIn(visits.schedule),
  'visit:save-report': signedIn(visits.saveReport),
  'visit:get-report': signedIn(visits.getReport),
  'visit:list': signedIn(visits.list),
  'user:list': signedIn(admin.listAccounts),
  'user:create': signedIn(admin.createAccount),
  'user:update': signedIn(admin.updateAccount),
  'user:set-password': signedIn(admin.setAccountPassword),
  'reference:list': signedIn(admin.listReference),
  'reference:put': signedIn(admin.putReference),
  'import:sgk': signedIn(admin.importSgk),
  'import:rates': signedIn(admin.importRates),
  'sync:status': signedIn(admin.syncStatus),
  'sync:run': signedIn(admin.runSyncNow),
  'sync:conflicts': signedIn(replication.conflicts),
  'sync:resolve-conflict': signedIn(replication.resolveConflict),
  'backup:create': signedIn(admin.createBackup),
  'backup:list': signedIn(admin.listBackupFiles),
  'sgk:get-series': signedIn(sgk.getSeries),
  'programme:get-parameters': signedIn(programmes.getParameters),
  'call-calendar:list': signedIn(callCalendars.list),
  'call-calendar:create': signedIn(callCalendars.create),
  'call-calendar:update': signedIn(callCalendars.update),
  'personnel:list': signedIn(itkfdp.listPersonnel),
  'personnel:add': signedIn(itkfdp.addPerson),
  'personnel:update': signedIn(itkfdp.updatePerson),
  'personnel:remove': signedIn(itkfdp.removePerson),
  'personnel:replace': signedIn(itkfdp.replacePerson),
  'loan:get': signedIn(itkfdp.getLoan),
  'loan:save': signedIn(itkfdp.saveLoan),
  'loan:put-installment': signedIn(itkfdp.putInstallment),
  'form:list': signedIn(forms.list),
  'form:export': signedIn(forms.exportForm),
  'form:sign': signedIn(forms.sign),
  'form:countersign': signedIn(forms.countersign),
  'form:verify': signedIn(forms.verify),
  'form:file': signedIn(forms.file),
  'impact:list': signedIn(impact.list),
  'impact:acknowledge': signedIn(impact.acknowledge),
  'impact:run': signedIn(impact.run),
  'finansman:create': signedIn(finansman.create),
  'finansman:list': signedIn(finansman.list),
  'finansman:get': signedIn(finansman.get),
  'finansman:evaluate': signedIn(finansman.evaluate),
  'finansman:transition': signedIn(finansman.transition),
  'finansman:import-pek': signedIn(finansman.importPek),
};
