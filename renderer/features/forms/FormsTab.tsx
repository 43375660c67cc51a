import { useState } from 'react';
import { Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import type { ChannelResponse } from '../../../electron/contract';
import { call, useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatTimestamp } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { Facts } from '../../widgets/Facts';
import { confirmAction, reportFailure } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { FormPreview } from './FormPreview';
import { base64Bytes } from './pdf-pages';
import { SignatureStatus } from './SignatureStatus';
import { SignDialog } from './SignDialog';
import { FORM_STRINGS as S } from './strings';

type FormEntry = ChannelResponse<'form:list'>['forms'][number];
type FormDocument = FormEntry['documents'][number];

const STAGE_TONES: Readonly<Record<FormDocument['stage'], string>> = { hazirlandi: 'wait', imzalandi: 'wait', onaylandi: 'ok' };

async function download(document: FormDocument): Promise<void> {
  try {
    const file = await call('form:file', { documentId: document.id });
    const url = URL.createObjectURL(new Blob([base64Bytes(file.contentBase64).slice().buffer], { type: 'application/pdf' }));
    const link = window.document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 10_000);
  } catch (error) {
    reportFailure(S.download, error instanceof Error ? error.message : undefined);
  }
}

function FormCard({ form, applicationId }: { readonly form: FormEntry; readonly applicationId: number }) {
  const user = useCurrentUser();
  const exportForm = useChannelMutation('form:export', ['form:list', 'case:history']);
  const [dialog, setDialog] = useState<'preview' | 'sign' | 'countersign' | null>(null);
  const latest = form.documents.at(-1);
  const older = form.documents.slice(0, -1).reverse();
  const current = latest !== undefined && latest.formDocumentId === form.currentFormDocumentId;
  const headingId = `form-${form.code}-${String(form.requestId ?? form.visitId ?? 0)}`;
  const canGenerate = user.role === 'sorumlu_personel' && form.available && !current;

  return (
    <article className="card" aria-labelledby={headingId}>
      <header className="card-header">
        <h3 id={headingId}>
          {form.title}{' '}
          <span className="muted">
            ({form.code}) · {form.subjectLabel}
          </span>
        </h3>
        {latest === undefined ? (
          <span className="badge badge-neutral">{form.available ? S.notMade : S.notAvailable}</span>
        ) : (
          <span className={`badge badge-${STAGE_TONES[latest.stage]}`}>{latest.stageLabel}</span>
        )}
      </header>
      {form.reason === null ? null : <p className="muted">{form.reason}</p>}
      {latest !== undefined && !current && form.available ? <p className="notice notice-info">{S.outdated}</p> : null}
      {latest === undefined ? null : (
        <Facts
          items={[
            [S.documentId, latest.formDocumentId],
            [S.version, S.versionLine(latest.stageLabel, formatTimestamp(latest.createdAt), latest.createdBy)],
          ]}
        />
      )}
      <div className="button-row">
        {canGenerate ? (
          <Button
            variant="primary"
            isPending={exportForm.isPending}
            onPress={() => {
              exportForm.mutate(
                {
                  applicationId,
                  form: form.code,
                  ...(form.requestId === null ? {} : { requestId: form.requestId }),
                  ...(form.visitId === null ? {} : { visitId: form.visitId }),
                },
                {
                  onSuccess: (answer) => {
                    confirmAction(S.generated, answer.message);
                  },
                },
              );
            }}
          >
            {latest === undefined ? S.generate : S.regenerate}
          </Button>
        ) : null}
        {latest === undefined ? null : (
          <>
            <Button
              onPress={() => {
                setDialog('preview');
              }}
            >
              {S.preview}
            </Button>
            <Button variant="quiet" onPress={() => void download(latest)}>
              {S.download}
            </Button>
          </>
        )}
        {latest !== undefined && current && latest.signatureCount === 0 && user.role === 'sorumlu_personel' ? (
          <Button
            variant="primary"
            onPress={() => {
              setDialog('sign');
            }}
          >
            {S.sign}
          </Button>
        ) : null}
        {latest !== undefined && current && latest.signatureCount === 1 && user.role === 'mudur' ? (
          <Button
            variant="primary"
            onPress={() => {
              setDialog('countersign');
            }}
          >
            {S.countersign}
          </Button>
        ) : null}
      </div>
      <ErrorNotice error={exportForm.error} />
      {latest === undefined ? null : <SignatureStatus documentId={latest.id} labelId={`${headingId}-imzalar`} />}
      {older.length === 0 ? null : (
        <Disclosure className="disclosure">
          <Heading level={4}>
            <Button slot="trigger" variant="quiet">
              {S.versions(older.length)}
            </Button>
          </Heading>
          <DisclosurePanel>
            <ul className="change-list">
              {older.map((document) => (
                <li key={document.id}>{S.versionLine(document.stageLabel, formatTimestamp(document.createdAt), document.createdBy)}</li>
              ))}
            </ul>
          </DisclosurePanel>
        </Disclosure>
      )}
      {latest !== undefined && dialog === 'preview' ? (
        <FormPreview
          documentId={latest.id}
          title={form.code}
          onClose={() => {
            setDialog(null);
          }}
        />
      ) : null}
      {latest !== undefined && (dialog === 'sign' || dialog === 'countersign') ? (
        <SignDialog
          documentId={latest.id}
          formCode={form.code}
          mode={dialog}
          onClose={() => {
            setDialog(null);
          }}
        />
      ) : null}
    </article>
  );
}

/** Formlar: the forms of the case, each version stored as a document, with generate, preview, sign and each signature's status. */
export function FormsTab({ applicationId }: { readonly applicationId: number }) {
  const list = useChannelQuery('form:list', { applicationId });
  return (
    <section className="panel" aria-labelledby="case-forms">
      <h2 id="case-forms">{S.title}</h2>
      <p className="muted">{S.intro}</p>
      {list.isPending ? <Loading /> : null}
      <ErrorNotice error={list.error} />
      {list.data?.forms.length === 0 ? <p className="empty">{S.empty}</p> : null}
      {list.data?.forms.map((form) => (
        <FormCard
          key={`${form.code}-${String(form.requestId ?? 0)}-${String(form.visitId ?? 0)}`}
          form={form}
          applicationId={applicationId}
        />
      ))}
    </section>
  );
}
