import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useLocation } from 'wouter';
import { z } from 'zod';
import { CONTRACT } from '../../../electron/contract';
import { useChannelMutation } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { todayInTurkey } from '../../format/dates';
import { Button } from '../../widgets/Button';
import { CheckboxInput } from '../../widgets/CheckboxInput';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { FormField } from '../../widgets/FormField';
import { PageHeader } from '../../widgets/PageHeader';
import { SelectField } from '../../widgets/SelectField';
import { useDraft } from '../../widgets/use-draft';
import { WizardFrame } from '../../widgets/WizardFrame';
import { IdentifierField } from './IdentifierField';
import { WIZARD_STRINGS as S } from './wizard-strings';
import { ENTERPRISE_STRINGS } from './strings';

const createRequest = CONTRACT['enterprise:create'].request;
const applicationRequest = CONTRACT['application:create'].request;

/** The form as typed (strings); the contract's schemas check what is sent. */
const wizardForm = z
  .object({
    unvan: createRequest.shape.unvan,
    legalForm: createRequest.shape.legalForm,
    vkn: z.string().trim(),
    tckn: z.string().trim(),
    naceMain: z.string().trim(),
    foundedOn: z.string(),
    registered: z.boolean(),
    active: z.boolean(),
    declarationCurrent: z.boolean(),
    province: z.string().trim().min(1, 'İl boş olamaz.'),
    siteKind: z.enum(['merkez', 'sube']),
    sgkIsyeriSicilNo: z.string().trim(),
    withApplication: z.boolean(),
    program: applicationRequest.shape.program,
    appliedOn: z.string(),
    applicationProvince: z.string().trim(),
    iban: z.string().trim(),
  })
  .refine((form) => form.vkn !== '' || form.tckn !== '', { message: S.identifierNeeded, path: ['vkn'] })
  .refine((form) => !form.withApplication || /^\d{4}-\d{2}-\d{2}$/.test(form.appliedOn), {
    message: 'Başvuru tarihini girin.',
    path: ['appliedOn'],
  });

type WizardValues = z.infer<typeof wizardForm>;

const STEP_FIELDS: readonly (readonly FieldPath<WizardValues>[])[] = [
  ['unvan', 'legalForm', 'vkn', 'tckn', 'naceMain', 'foundedOn'],
  ['province', 'siteKind', 'sgkIsyeriSicilNo'],
  ['program', 'appliedOn', 'applicationProvince'],
];

function emptyForm(): WizardValues {
  return {
    unvan: '',
    legalForm: 'TUZEL_KISI',
    vkn: '',
    tckn: '',
    naceMain: '',
    foundedOn: '',
    registered: true,
    active: true,
    declarationCurrent: true,
    province: '',
    siteKind: 'merkez',
    sgkIsyeriSicilNo: '',
    withApplication: true,
    program: 'IKDP-2025',
    appliedOn: todayInTurkey(),
    applicationProvince: '',
    iban: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** New enterprise and (optionally) its application, in three steps, each identifier checked live. */
export default function NewEnterpriseWizard() {
  const user = useCurrentUser();
  const [, navigate] = useLocation();
  const [step, setStep] = useState(0);
  const form = useForm<WizardValues>({ resolver: zodResolver(wizardForm), defaultValues: emptyForm(), mode: 'onTouched' });
  const values = useWatch({ control: form.control }) as WizardValues;
  const restore = useCallback(
    (draft: WizardValues) => {
      form.reset({ ...emptyForm(), ...draft });
    },
    [form],
  );
  const draft = useDraft(`yeni-isletme:${user.id}`, values, restore);
  const createEnterprise = useChannelMutation('enterprise:create', ['enterprise:search']);
  const createApplication = useChannelMutation('application:create', ['inbox:list']);
  const pending = createEnterprise.isPending || createApplication.isPending;

  const next = async () => {
    const fields = STEP_FIELDS[step] ?? [];
    if (await form.trigger([...fields])) setStep((current) => current + 1);
  };

  const save = form.handleSubmit(async (form) => {
    const enterprise = await createEnterprise.mutateAsync({
      unvan: form.unvan,
      legalForm: form.legalForm,
      vkn: orNull(form.vkn),
      tckn: orNull(form.tckn),
      naceMain: orNull(form.naceMain),
      foundedOn: orNull(form.foundedOn),
      iban: orNull(form.iban),
      registered: form.registered,
      active: form.active,
      declarationCurrent: form.declarationCurrent,
      sites: [{ province: form.province, kind: form.siteKind, sgkIsyeriSicilNo: orNull(form.sgkIsyeriSicilNo) }],
    });
    confirmAction(S.saved(enterprise.enterprise.unvan));
    if (!form.withApplication) {
      draft.clear();
      navigate(`/isletmeler/${enterprise.enterprise.id}`);
      return;
    }
    const application = await createApplication.mutateAsync({
      enterpriseId: enterprise.enterprise.id,
      program: form.program,
      appliedOn: form.appliedOn,
      applicationProvince: orNull(form.applicationProvince) ?? form.province,
      responsibleUserId: user.id,
    });
    draft.clear();
    confirmAction(S.applicationSaved(application.applicationId));
    navigate(`/dosyalar/${application.applicationId}`);
  });

  const stepName = S.steps[step] ?? '';
  return (
    <>
      <PageHeader
        title={S.title}
        subtitle={S.subtitle}
        actions={
          <Button
            variant="quiet"
            onPress={() => {
              draft.clear();
              form.reset(emptyForm());
              setStep(0);
            }}
          >
            {S.discard}
          </Button>
        }
      />
      <WizardFrame
        steps={S.steps}
        step={step}
        stepsLabel={S.stepLabel}
        title={S.stepOf(step + 1, S.steps.length, stepName)}
        onNext={() => {
          void next();
        }}
        onSave={() => {
          void save();
        }}
        onBack={() => {
          setStep((current) => current - 1);
        }}
        labels={{ back: S.back, next: S.next, save: pending ? S.saving : values.withApplication ? S.saveWithApplication : S.save }}
        isPending={pending}
      >
        {step === 0 ? (
          <div className="form-grid">
            <FormField control={form.control} name="unvan" label={S.unvan} isRequired autoFocus className="span-2" />
            <Controller
              control={form.control}
              name="legalForm"
              render={({ field }) => (
                <SelectField
                  label={S.legalForm}
                  value={field.value}
                  onChange={field.onChange}
                  options={Object.entries(ENTERPRISE_STRINGS.legalForms).map(([value, label]) => ({
                    value: value as WizardValues['legalForm'],
                    label,
                  }))}
                />
              )}
            />
            <Controller
              control={form.control}
              name="naceMain"
              render={({ field, fieldState }) => (
                <IdentifierField
                  type="nace"
                  label={S.nace}
                  hint={S.naceHint}
                  value={field.value}
                  onChange={field.onChange}
                  formError={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="vkn"
              render={({ field, fieldState }) => (
                <IdentifierField
                  type="vkn"
                  label={S.vkn}
                  hint={S.vknHint}
                  value={field.value}
                  onChange={field.onChange}
                  formError={fieldState.error?.message}
                  inputMode="numeric"
                />
              )}
            />
            <Controller
              control={form.control}
              name="tckn"
              render={({ field, fieldState }) => (
                <IdentifierField
                  type="tckn"
                  label={S.tckn}
                  hint={S.tcknHint}
                  value={field.value}
                  onChange={field.onChange}
                  formError={fieldState.error?.message}
                  inputMode="numeric"
                />
              )}
            />
            <FormField control={form.control} name="foundedOn" label={S.foundedOn} type="date" />
            <div className="checkbox-column span-2">
              {(['registered', 'active', 'declarationCurrent'] as const).map((name) => (
                <Controller
                  key={name}
                  control={form.control}
                  name={name}
                  render={({ field }) => <CheckboxInput label={S[name]} isSelected={field.value} onChange={field.onChange} />}
                />
              ))}
            </div>
          </div>
        ) : null}
        {step === 1 ? (
          <div className="form-grid">
            <Controller
              control={form.control}
              name="province"
              render={({ field, fieldState }) => (
                <IdentifierField
                  type="province"
                  label={S.province}
                  hint={S.provinceHint}
                  value={field.value}
                  onChange={field.onChange}
                  formError={fieldState.error?.message}
                  isRequired
                />
              )}
            />
            <Controller
              control={form.control}
              name="siteKind"
              render={({ field }) => (
                <SelectField
                  label={S.siteKind}
                  value={field.value}
                  onChange={field.onChange}
                  options={[
                    { value: 'merkez', label: S.siteKinds.merkez },
                    { value: 'sube', label: S.siteKinds.sube },
                  ]}
                />
              )}
            />
            <FormField control={form.control} name="sgkIsyeriSicilNo" label={S.sgkNo} description={S.sgkNoHint} />
          </div>
        ) : null}
        {step === 2 ? (
          <div className="form-grid">
            <div className="span-2">
              <Controller
                control={form.control}
                name="withApplication"
                render={({ field }) => <CheckboxInput label={S.withApplication} isSelected={field.value} onChange={field.onChange} />}
              />
            </div>
            {values.withApplication ? (
              <>
                <Controller
                  control={form.control}
                  name="program"
                  render={({ field }) => (
                    <SelectField
                      label={S.program}
                      value={field.value}
                      onChange={field.onChange}
                      options={[
                        { value: 'IKDP-2025', label: 'IKDP-2025 (İstihdamı Koruma)' },
                        { value: 'IKDP-2026', label: 'IKDP-2026 (geçici değerlerle)' },
                        { value: 'ITKFDP-II', label: 'ITKFDP-II (İstihdam Taahhütlü Finansman)' },
                      ]}
                    />
                  )}
                />
                <FormField control={form.control} name="appliedOn" label={S.appliedOn} type="date" isRequired />
                <Controller
                  control={form.control}
                  name="applicationProvince"
                  render={({ field, fieldState }) => (
                    <IdentifierField
                      type="province"
                      label={S.applicationProvince}
                      hint={values.province === '' ? S.provinceHint : `Boş bırakılırsa: ${values.province}`}
                      value={field.value}
                      onChange={field.onChange}
                      formError={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="iban"
                  render={({ field }) => (
                    <IdentifierField type="iban" label={S.iban} hint={S.ibanHint} value={field.value} onChange={field.onChange} />
                  )}
                />
              </>
            ) : null}
          </div>
        ) : null}
        <ErrorNotice error={createEnterprise.error ?? createApplication.error} />
      </WizardFrame>
    </>
  );
}
