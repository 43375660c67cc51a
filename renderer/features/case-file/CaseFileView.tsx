import { lazy, Suspense } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useLocation } from 'wouter';
import { useChannelQuery } from '../../api/use-contract';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { StateBadge } from '../../widgets/StateBadge';
import { EvaluationPanel } from '../evaluation/EvaluationPanel';
import { FormsTab } from '../forms/FormsTab';
import { SgkImportPanel } from '../sgk/SgkImportPanel';
import { HistoryTab } from './HistoryTab';
import { PaymentsTab } from './PaymentsTab';
import { SummaryTab } from './SummaryTab';
import { VisitsTab } from './VisitsTab';
import { CASE_STRINGS as S } from './strings';

// The ITKFDP-II tabs (Kredi, Personel) load only when an ITKFDP-II file opens one.
const LoanTab = lazy(() => import('../itkfdp/LoanTab'));
const PersonnelTab = lazy(() => import('../itkfdp/PersonnelTab'));
const ITKFDP_TABS: readonly string[] = ['kredi', 'personel'];

type TabKey = keyof typeof S.tabs;
const TAB_KEYS = Object.keys(S.tabs) as TabKey[];

function isTab(key: Key): key is TabKey {
  return typeof key === 'string' && (TAB_KEYS as string[]).includes(key);
}

/** The case file: one tab per part of the file; the tab is in the address, so a link opens the right one. */
export default function CaseFileView({ applicationId, tab }: { readonly applicationId: number; readonly tab: string }) {
  const [, navigate] = useLocation();
  const query = useChannelQuery('case:get', { applicationId });

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNotice error={query.error} />;
  const caseFile = query.data;
  const itkfdp = caseFile.application.program === 'ITKFDP-II';
  const shownTabs = TAB_KEYS.filter((key) => itkfdp || !ITKFDP_TABS.includes(key));
  const selected: TabKey = isTab(tab) && shownTabs.includes(tab) ? tab : 'ozet';

  return (
    <>
      <PageHeader
        title={caseFile.enterprise.unvan}
        subtitle={
          <>
            {S.title(applicationId)} · {caseFile.application.program} ·{' '}
            <StateBadge state={caseFile.application.state} label={caseFile.application.stateLabel} />
          </>
        }
      />
      <Tabs
        selectedKey={selected}
        onSelectionChange={(key) => {
          if (isTab(key)) navigate(`/dosyalar/${applicationId}/${key}`, { replace: true });
        }}
        className="tabs"
      >
        <TabList aria-label={S.tabsLabel} className="tab-list">
          {shownTabs.map((key) => (
            <Tab key={key} id={key} className="tab">
              {S.tabs[key]}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="ozet" className="tab-panel">
          <SummaryTab caseFile={caseFile} />
        </TabPanel>
        <TabPanel id="degerlendirme" className="tab-panel">
          <EvaluationPanel caseFile={caseFile} />
        </TabPanel>
        {itkfdp ? (
          <>
            <TabPanel id="kredi" className="tab-panel">
              <Suspense fallback={<Loading />}>
                <LoanTab caseFile={caseFile} />
              </Suspense>
            </TabPanel>
            <TabPanel id="personel" className="tab-panel">
              <Suspense fallback={<Loading />}>
                <PersonnelTab applicationId={applicationId} />
              </Suspense>
            </TabPanel>
          </>
        ) : null}
        <TabPanel id="sgk" className="tab-panel">
          <SgkImportPanel
            applicationId={caseFile.application.id}
            enterpriseId={caseFile.enterprise.id}
            defaultProvince={caseFile.application.applicationProvince}
          />
        </TabPanel>
        <TabPanel id="odeme" className="tab-panel">
          <PaymentsTab caseFile={caseFile} />
        </TabPanel>
        <TabPanel id="izleme" className="tab-panel">
          <VisitsTab caseFile={caseFile} />
        </TabPanel>
        <TabPanel id="formlar" className="tab-panel">
          <FormsTab applicationId={applicationId} />
        </TabPanel>
        <TabPanel id="gecmis" className="tab-panel">
          <HistoryTab applicationId={applicationId} />
        </TabPanel>
      </Tabs>
    </>
  );
}
