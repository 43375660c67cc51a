import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { PageHeader } from '../../widgets/PageHeader';
import { CalendarPanel } from './CalendarPanel';
import { ProgrammeCalendarsPanel } from './ProgrammeCalendarsPanel';
import { PROGRAMME_CALENDAR_STRINGS } from './programme-calendar-strings';
import { RatesPanel } from './RatesPanel';
import { SETTINGS_STRINGS as S } from './strings';
import { UsersPanel } from './UsersPanel';

/** Settings of the yönetici: users and roles, holidays and idari izin days, programme calendars, TCMB rates. */
export default function SettingsView() {
  return (
    <>
      <PageHeader title={S.title} subtitle={S.subtitle} />
      <Tabs className="tabs">
        <TabList aria-label={S.tabsLabel} className="tab-list">
          <Tab id="kullanicilar" className="tab">
            {S.tabs.kullanicilar}
          </Tab>
          <Tab id="takvim" className="tab">
            {S.tabs.takvim}
          </Tab>
          <Tab id="program-takvimleri" className="tab">
            {PROGRAMME_CALENDAR_STRINGS.tab}
          </Tab>
          <Tab id="kurlar" className="tab">
            {S.tabs.kurlar}
          </Tab>
        </TabList>
        <TabPanel id="kullanicilar" className="tab-panel">
          <UsersPanel />
        </TabPanel>
        <TabPanel id="takvim" className="tab-panel">
          <CalendarPanel />
        </TabPanel>
        <TabPanel id="program-takvimleri" className="tab-panel">
          <ProgrammeCalendarsPanel />
        </TabPanel>
        <TabPanel id="kurlar" className="tab-panel">
          <RatesPanel />
        </TabPanel>
      </Tabs>
    </>
  );
}
