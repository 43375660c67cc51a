import { useCallback, useEffect, useState } from 'react';
import { FileTrigger, Label, RadioButton, RadioField, RadioGroup, TextArea, TextField } from 'react-aria-components';
import type { ChannelRequest } from '../../../electron/contract';
import { useChannelMutation, useChannelQuery } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { formatDate } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { PageHeader } from '../../widgets/PageHeader';
import { readAsDataUrl } from '../../widgets/read-file';
import { StateBadge } from '../../widgets/StateBadge';
import { TextInput } from '../../widgets/TextInput';
import { useDraft } from '../../widgets/use-draft';
import { WorkflowActions } from '../workflow/WorkflowActions';
import { SignatureField } from './SignatureField';
import { FIELD_STRINGS as S, VISIT_CHECKLIST } from './strings';

type Report = ChannelRequest<'visit:save-report'>;
type Answer = Report['checklist'][number]['answer'];

type VisitDraft = {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly notes: string;
  readonly photos: readonly { readonly caption: string; readonly dataUrl: string }[];
  readonly monitorSignature: string | null;
  readonly representativeName: string;
  readonly representativeSignature: string | null;
};

const EMPTY: VisitDraft = {
  answers: {},
  notes: '',
  photos: [],
  monitorSignature: null,
  representativeName: '',
  representativeSignature: null,
};

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
    };
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

function draftFromReport(report: Report): VisitDraft {
  const monitor = report.signatures.find((signature) => signature.role === 'izleyici');
  const representative = report.signatures.find((signature) => signature.role === 'isletme_temsilcisi');
  return {
    answers: Object.fromEntries(report.checklist.map((item) => [item.code, item.answer])),
    notes: report.notes,
    photos: report.photos.map((photo) => ({ ...photo })),
    monitorSignature: monitor?.pngDataUrl ?? null,
    representativeName: representative?.signer ?? '',
    representativeSignature: representative?.pngDataUrl ?? null,
  };
}

/**
 * The on-site form. Everything it needs is loaded when it opens; while it is filled no request leaves the window
 * (answers, photos read from files and drawn signatures live in the page and in a local draft); saving sends it.
 */
export default function VisitFormView({ applicationId, visitId }: { readonly applicationId: number; readonly visitId: number }) {
  const user = useCurrentUser();
  const online = useOnline();
  const caseFile = useChannelQuery('case:get', { applicationId });
  const stored = useChannelQuery('visit:get-report', { visitId });
  const save = useChannelMutation('visit:save-report', ['case:get', 'visit:get-report', 'case:history']);
  const [form, setForm] = useState<VisitDraft>(EMPTY);
  const restore = useCallback((draft: VisitDraft) => {
    setForm(draft);
  }, []);
  const draft = useDraft(`saha-ziyareti:${user.id}:${visitId}`, form, restore);
  const [tried, setTried] = useState(false);

  const storedReport = stored.data?.report ?? null;
  useEffect(() => {
    if (storedReport !== null && localStorage.getItem(`kobi-dosya-taslak:saha-ziyareti:${user.id}:${visitId}`) === null) {
      setForm(draftFromReport(storedReport));
    }
  }, [storedReport, user.id, visitId]);

  if (caseFile.isPending || stored.isPending) return <Loading label={S.loading} />;
  if (caseFile.isError) return <ErrorNotice error={caseFile.error} />;
  if (stored.isError) return <ErrorNotice error={stored.error} />;
  const visit = caseFile.data.visits.find((candidate) => candidate.id === visitId);
  if (visit === undefined) return <ErrorNotice error={new Error('visit')} />;
  const locked = visit.state === 'rapor_imzalandi' || visit.state === 'merkeze_gonderildi';
  const unanswered = VISIT_CHECKLIST.filter((item) => form.answers[item.code] === undefined);

  const submit = () => {
    setTried(true);
    if (unanswered.length > 0 || !online) return;
    const signatures: Report['signatures'] = [];
    if (form.monitorSignature !== null) signatures.push({ signer: user.fullName, role: 'izleyici', pngDataUrl: form.monitorSignature });
    if (form.representativeSignature !== null)
      signatures.push({
        signer: form.representativeName.trim() === '' ? 'İşletme temsilcisi' : form.representativeName.trim(),
        role: 'isletme_temsilcisi',
        pngDataUrl: form.representativeSignature,
      });
    save.mutate(
      {
        visitId,
        checklist: VISIT_CHECKLIST.map((item) => ({ code: item.code, label: item.label, answer: form.answers[item.code] ?? 'uygulanmaz' })),
        notes: form.notes,
        signatures,
        photos: form.photos.map((photo) => ({ caption: photo.caption, dataUrl: photo.dataUrl })),
      },
      {
        onSuccess: () => {
          draft.clear();
          confirmAction(S.saved);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={S.formTitle}
        subtitle={
          <>
            {caseFile.data.enterprise.unvan} · {caseFile.data.application.program} · {visit.dueOn === null ? '—' : formatDate(visit.dueOn)}{' '}
            · <StateBadge state={visit.state} label={visit.stateLabel} />
          </>
        }
      />
      <p className={`notice ${online ? 'notice-info' : 'notice-error'}`} role="status">
        {online ? S.offlineReady : S.offlineNow}
      </p>
      {locked ? <p className="notice notice-info">{S.signedReportLocked}</p> : null}
      <section className="panel" aria-labelledby="visit-checklist">
        <h2 id="visit-checklist">{S.checklist}</h2>
        <ol className="checklist">
          {VISIT_CHECKLIST.map((item) => (
            <li key={item.code}>
              <RadioGroup
                orientation="horizontal"
                className="checklist-item"
                value={form.answers[item.code] ?? null}
                isDisabled={locked}
                isInvalid={tried && form.answers[item.code] === undefined}
                onChange={(value) => {
                  setForm((old) => ({ ...old, answers: { ...old.answers, [item.code]: value as Answer } }));
                }}
              >
                <Label className="checklist-label">{item.label}</Label>
                <div className="radio-row">
                  {(['evet', 'hayir', 'uygulanmaz'] as const).map((answer) => (
                    <RadioField key={answer} value={answer}>
                      <RadioButton className="radio">
                        <span className="radio-dot" aria-hidden="true" />
                        {S.answers[answer]}
                      </RadioButton>
                    </RadioField>
                  ))}
                </div>
              </RadioGroup>
            </li>
          ))}
        </ol>
        <TextField
          className="field"
          value={form.notes}
          isDisabled={locked}
          onChange={(notes) => {
            setForm((old) => ({ ...old, notes }));
          }}
        >
          <Label className="field-label">{S.notes}</Label>
          <TextArea className="field-input field-textarea" rows={4} />
        </TextField>
      </section>
      <section className="panel" aria-labelledby="visit-photos">
        <h2 id="visit-photos">{S.photos}</h2>
        {form.photos.length === 0 ? <p className="empty">{S.noPhotos}</p> : null}
        <ul className="photo-grid">
          {form.photos.map((photo, index) => (
            <li key={photo.dataUrl.slice(-40) + String(index)} className="photo">
              <img src={photo.dataUrl} alt={photo.caption === '' ? S.photoCaption(index + 1) : photo.caption} />
              <TextInput
                label={S.photoCaption(index + 1)}
                value={photo.caption}
                onChange={(caption) => {
                  setForm((old) => ({ ...old, photos: old.photos.map((item, at) => (at === index ? { ...item, caption } : item)) }));
                }}
              />
              <Button
                variant="quiet"
                isDisabled={locked}
                onPress={() => {
                  setForm((old) => ({ ...old, photos: old.photos.filter((_, at) => at !== index) }));
                }}
              >
                {S.removePhoto(index + 1)}
              </Button>
            </li>
          ))}
        </ul>
        <FileTrigger
          acceptedFileTypes={['image/png', 'image/jpeg', 'image/webp']}
          allowsMultiple
          onSelect={(files) => {
            const chosen = files === null ? [] : [...files];
            void Promise.all(chosen.map(readAsDataUrl)).then((urls) => {
              setForm((old) => ({ ...old, photos: [...old.photos, ...urls.map((dataUrl) => ({ caption: '', dataUrl }))] }));
            });
          }}
        >
          <Button isDisabled={locked}>{S.addPhotos}</Button>
        </FileTrigger>
      </section>
      <section className="panel" aria-labelledby="visit-signatures">
        <h2 id="visit-signatures">{S.signatures}</h2>
        <div className="signature-grid">
          <SignatureField
            label={`${S.monitorSignature} (${user.fullName})`}
            value={form.monitorSignature}
            isDisabled={locked}
            onChange={(monitorSignature) => {
              setForm((old) => ({ ...old, monitorSignature }));
            }}
          />
          <div className="stack">
            <TextInput
              label={S.representativeName}
              value={form.representativeName}
              onChange={(representativeName) => {
                setForm((old) => ({ ...old, representativeName }));
              }}
            />
            <SignatureField
              label={S.representativeSignature}
              value={form.representativeSignature}
              isDisabled={locked}
              onChange={(representativeSignature) => {
                setForm((old) => ({ ...old, representativeSignature }));
              }}
            />
          </div>
        </div>
      </section>
      <section className="panel" aria-labelledby="visit-save">
        <h2 id="visit-save">{S.nextSteps}</h2>
        {tried && unanswered.length > 0 ? <p className="notice notice-error">{S.incomplete}</p> : null}
        {tried && !online ? <p className="notice notice-error">{S.needOnline}</p> : null}
        <ErrorNotice error={save.error} />
        {locked ? null : (
          <Button variant="primary" isPending={save.isPending} onPress={submit}>
            {save.isPending ? S.saving : S.save}
          </Button>
        )}
        <WorkflowActions kind="monitoring_visit" recordId={visit.id} state={visit.state} allowed={visit.allowed} />
      </section>
    </>
  );
}
