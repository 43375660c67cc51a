import { useState } from 'react';
import { Cell, Column, Form, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { ChannelRequest } from '../../../electron/contract';
import type { CallCalendarDto } from '../../../electron/contract/call-calendars';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { formatDate, formatMonthShort } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { SelectField } from '../../widgets/SelectField';
import { TextInput } from '../../widgets/TextInput';
import { PROGRAMME_CALENDAR_STRINGS as S } from './programme-calendar-strings';

type Program = CallCalendarDto['program'];
type DateStatus = CallCalendarDto['applicationEndStatus'];

/** The form's state: dates as ISO text ('' for none), months as the user types them (AA.YYYY, comma separated). */
type Draft = {
  readonly id: number | null;
  readonly program: Program;
  readonly name: string;
  readonly announcedOn: string;
  readonly applicationStart: string;
  readonly applicationEndStatus: DateStatus;
  readonly applicationEnd: string;
  readonly months: string;
  readonly lastRequestStatus: DateStatus;
  readonly lastRequestOn: string;
};

const NEW_DRAFT: Draft = {
  id: null,
  program: 'ITKFDP-II',
  name: '',
  announcedOn: '',
  applicationStart: '',
  applicationEndStatus: 'announced',
  applicationEnd: '',
  months: '',
  lastRequestStatus: 'not-announced',
  lastRequestOn: '',
};

const PROGRAMS: readonly { value: Program; label: string }[] = [
  { value: 'ITKFDP-II', label: 'ITKFDP-II' },
  { value: 'IKDP-2025', label: 'IKDP-2025' },
  { value: 'IKDP-2026', label: 'IKDP-2026' },
];

const STATUSES: readonly { value: DateStatus; label: string }[] = (['announced', 'not-announced', 'edition-default'] as const).map(
  (value) => ({ value, label: S.status[value] }),
);

const TURKISH_MONTH = /^(0[1-9]|1[0-2])\.(\d{4})$/;

/** "11.2025, 12.2025" → ["2025-11", "2025-12"]; a month in another form is an error naming it. */
function parseMonths(text: string): { ok: true; months: string[] | null } | { ok: false; message: string } {
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: true, months: null };
  const months: string[] = [];
  for (const part of parts) {
    const match = TURKISH_MONTH.exec(part);
    if (match === null) return { ok: false, message: S.badMonth(part) };
    months.push(`${match[2] ?? ''}-${match[1] ?? ''}`);
  }
  return { ok: true, months };
}

function draftOf(calendar: CallCalendarDto): Draft {
  return {
    id: calendar.id,
    program: calendar.program,
    name: calendar.name,
    announcedOn: calendar.announcedOn ?? '',
    applicationStart: calendar.applicationStart ?? '',
    applicationEndStatus: calendar.applicationEndStatus,
    applicationEnd: calendar.applicationEnd ?? '',
    months: (calendar.referenceMonths ?? []).map(formatMonthShort).join(', '),
    lastRequestStatus: calendar.lastRequestStatus,
    lastRequestOn: calendar.lastRequestOn ?? '',
  };
}

function fieldsOf(draft: Draft, months: string[] | null): Omit<ChannelRequest<'call-calendar:update'>, 'id'> {
  const date = (text: string): string | null => (text === '' ? null : text);
  return {
    name: draft.name,
    announcedOn: date(draft.announcedOn),
    applicationStart: date(draft.applicationStart),
    applicationEndStatus: draft.applicationEndStatus,
    applicationEnd: draft.applicationEndStatus === 'announced' ? date(draft.applicationEnd) : null,
    referenceMonths: months,
    lastRequestStatus: draft.lastRequestStatus,
    lastRequestOn: draft.lastRequestStatus === 'announced' ? date(draft.lastRequestOn) : null,
  };
}

function statedDate(status: DateStatus, date: string | null): string {
  return status === 'announced' && date !== null ? formatDate(date) : S.status[status];
}

function CalendarsTable({ onEdit }: { readonly onEdit: (calendar: CallCalendarDto) => void }) {
  const calendars = useChannelQuery('call-calendar:list', {});
  if (calendars.isPending) return <Loading label={S.loading} />;
  if (calendars.isError) return <ErrorNotice error={calendars.error} />;
  return (
    <Table aria-label={S.tableLabel} className="table">
      <TableHeader>
        <Column isRowHeader>{S.name}</Column>
        <Column>{S.program}</Column>
        <Column>{S.announcedOn}</Column>
        <Column>{S.applicationStart}</Column>
        <Column>{S.applicationEnd}</Column>
        <Column>{S.referenceMonths}</Column>
        <Column>{S.lastRequest}</Column>
        <Column>{S.applications}</Column>
        <Column>{S.actions}</Column>
      </TableHeader>
      <TableBody items={calendars.data.calendars} renderEmptyState={() => <p className="empty">{S.empty}</p>}>
        {(calendar) => (
          <Row id={calendar.id}>
            <Cell>{calendar.name}</Cell>
            <Cell>{calendar.program}</Cell>
            <Cell>{calendar.announcedOn === null ? S.none : formatDate(calendar.announcedOn)}</Cell>
            <Cell>{calendar.applicationStart === null ? S.none : formatDate(calendar.applicationStart)}</Cell>
            <Cell>{statedDate(calendar.applicationEndStatus, calendar.applicationEnd)}</Cell>
            <Cell>{calendar.referenceMonths === null ? S.none : calendar.referenceMonths.map(formatMonthShort).join(', ')}</Cell>
            <Cell>{statedDate(calendar.lastRequestStatus, calendar.lastRequestOn)}</Cell>
            <Cell>{calendar.applications}</Cell>
            <Cell>
              <Button
                aria-label={S.editLabel(calendar.name)}
                onPress={() => {
                  onEdit(calendar);
                }}
              >
                {S.edit}
              </Button>
            </Cell>
          </Row>
        )}
      </TableBody>
    </Table>
  );
}

/** Programme calendars of the calls, kept by the yönetici: list, add, correct dates (call-calendar:*). */
export function ProgrammeCalendarsPanel() {
  const create = useChannelMutation('call-calendar:create', ['call-calendar:list']);
  const update = useChannelMutation('call-calendar:update', ['call-calendar:list']);
  const [draft, setDraft] = useState<Draft>(NEW_DRAFT);
  const [usedBy, setUsedBy] = useState(0);
  const [monthsError, setMonthsError] = useState<string | undefined>(undefined);
  const set = (changes: Partial<Draft>): void => {
    setDraft((old) => ({ ...old, ...changes }));
  };
  const editing = draft.id !== null;
  const done = (name: string): void => {
    confirmAction(S.saved(name));
    setDraft(NEW_DRAFT);
    setUsedBy(0);
  };
  const save = (): void => {
    const months = parseMonths(draft.months);
    setMonthsError(months.ok ? undefined : months.message);
    if (!months.ok) return;
    const fields = fieldsOf(draft, months.months);
    if (draft.id === null) {
      create.mutate(
        { program: draft.program, ...fields },
        {
          onSuccess: ({ calendar }) => {
            done(calendar.name);
          },
        },
      );
    } else {
      update.mutate(
        { id: draft.id, ...fields },
        {
          onSuccess: ({ calendar }) => {
            done(calendar.name);
          },
        },
      );
    }
  };
  return (
    <>
      <section className="panel" aria-labelledby="settings-programme-calendar-form">
        <h2 id="settings-programme-calendar-form">{editing ? S.editTitle(draft.name) : S.addTitle}</h2>
        {editing && usedBy > 0 ? (
          <p role="note" className="notice notice-info">
            {S.usedBy(usedBy)}
          </p>
        ) : null}
        <Form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <SelectField
            label={S.program}
            value={draft.program}
            options={PROGRAMS}
            isDisabled={editing}
            onChange={(program) => {
              set({ program });
            }}
          />
          <TextInput
            label={S.name}
            value={draft.name}
            onChange={(name) => {
              set({ name });
            }}
            isRequired
            maxLength={200}
          />
          <TextInput
            label={S.announcedOn}
            type="date"
            value={draft.announcedOn}
            onChange={(announcedOn) => {
              set({ announcedOn });
            }}
          />
          <TextInput
            label={S.applicationStart}
            type="date"
            value={draft.applicationStart}
            onChange={(applicationStart) => {
              set({ applicationStart });
            }}
          />
          <SelectField
            label={S.statusOf(S.applicationEnd)}
            value={draft.applicationEndStatus}
            options={STATUSES}
            onChange={(applicationEndStatus) => {
              set({ applicationEndStatus });
            }}
          />
          {draft.applicationEndStatus === 'announced' ? (
            <TextInput
              label={S.applicationEnd}
              type="date"
              value={draft.applicationEnd}
              onChange={(applicationEnd) => {
                set({ applicationEnd });
              }}
              isRequired
            />
          ) : null}
          <TextInput
            label={S.referenceMonths}
            value={draft.months}
            description={S.referenceMonthsHelp}
            errorMessage={monthsError}
            onChange={(months) => {
              set({ months });
            }}
          />
          <SelectField
            label={S.statusOf(S.lastRequest)}
            value={draft.lastRequestStatus}
            options={STATUSES}
            onChange={(lastRequestStatus) => {
              set({ lastRequestStatus });
            }}
          />
          {draft.lastRequestStatus === 'announced' ? (
            <TextInput
              label={S.lastRequest}
              type="date"
              value={draft.lastRequestOn}
              onChange={(lastRequestOn) => {
                set({ lastRequestOn });
              }}
              isRequired
            />
          ) : null}
          <Button type="submit" variant="primary" isPending={create.isPending || update.isPending}>
            {editing ? S.save : S.add}
          </Button>
          {editing ? (
            <Button
              onPress={() => {
                setDraft(NEW_DRAFT);
                setUsedBy(0);
              }}
            >
              {S.cancel}
            </Button>
          ) : null}
        </Form>
        <ErrorNotice error={editing ? update.error : create.error} />
      </section>
      <section className="panel" aria-labelledby="settings-programme-calendars">
        <h2 id="settings-programme-calendars">{S.listTitle}</h2>
        <p className="muted">{S.listIntro}</p>
        <CalendarsTable
          onEdit={(calendar) => {
            setDraft(draftOf(calendar));
            setUsedBy(calendar.applications);
            setMonthsError(undefined);
          }}
        />
      </section>
    </>
  );
}
