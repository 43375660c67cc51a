import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { PageHeader } from '../widgets/PageHeader';
import { SHELL_STRINGS as S } from './strings';

/** Hash routes: they work the same from browser mode's server and from Electron's app:// protocol. */
export const useAppLocation = useHashLocation;

// Each feature is its own chunk: the first screen (login, then Yapılacaklar) loads only what it shows.
const InboxView = lazy(() => import('../features/inbox/InboxView'));
const EnterpriseSearchView = lazy(() => import('../features/enterprises/EnterpriseSearchView'));
const EnterpriseView = lazy(() => import('../features/enterprises/EnterpriseView'));
const NewEnterpriseWizard = lazy(() => import('../features/enterprises/NewEnterpriseWizard'));
const CaseFileView = lazy(() => import('../features/case-file/CaseFileView'));
const FieldVisitsView = lazy(() => import('../features/field-visit/FieldVisitsView'));
const VisitFormView = lazy(() => import('../features/field-visit/VisitFormView'));
const SyncStatusView = lazy(() => import('../features/sync/SyncStatusView'));
const ConflictsView = lazy(() => import('../features/conflicts/ConflictsView'));
const SettingsView = lazy(() => import('../features/settings/SettingsView'));
const ImpactView = lazy(() => import('../features/impact/ImpactView'));
const FinansmanCaseView = lazy(() => import('../features/finansman/FinansmanCaseView'));
const NewFinansmanWizard = lazy(() => import('../features/finansman/NewFinansmanWizard'));

function NotFound() {
  return (
    <>
      <PageHeader title={S.notFoundTitle} />
      <p>{S.notFoundBody}</p>
    </>
  );
}

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={InboxView} />
      <Route path="/isletmeler" component={EnterpriseSearchView} />
      <Route path="/isletmeler/yeni" component={NewEnterpriseWizard} />
      <Route path="/isletmeler/:id">{(params) => <EnterpriseView id={Number(params.id)} />}</Route>
      <Route path="/dosyalar/:id/:tab?">{(params) => <CaseFileView applicationId={Number(params.id)} tab={params.tab ?? 'ozet'} />}</Route>
      <Route path="/finansman/yeni/:enterpriseId">{(params) => <NewFinansmanWizard enterpriseId={Number(params.enterpriseId)} />}</Route>
      <Route path="/finansman/:id">{(params) => <FinansmanCaseView applicationId={Number(params.id)} />}</Route>
      <Route path="/saha" component={FieldVisitsView} />
      <Route path="/saha/:applicationId/:visitId">
        {(params) => <VisitFormView applicationId={Number(params.applicationId)} visitId={Number(params.visitId)} />}
      </Route>
      <Route path="/esitleme" component={SyncStatusView} />
      <Route path="/esitleme/cakismalar" component={ConflictsView} />
      <Route path="/ayarlar" component={SettingsView} />
      <Route path="/etki" component={ImpactView} />
      <Route component={NotFound} />
    </Switch>
  );
}
