import { useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useChannelMutation } from '../../api/use-contract';
import { useCurrentUser } from '../../app/session';
import { Button } from '../../widgets/Button';
import { ErrorNotice } from '../../widgets/ErrorNotice';
import { confirmAction } from '../../widgets/feedback';
import { Loading } from '../../widgets/Loading';
import { readAsBase64 } from '../../widgets/read-file';
import { TextInput } from '../../widgets/TextInput';
import { SgkSeriesPanel } from './SgkSeriesPanel';
import { SGK_STRINGS as S } from './strings';

/** SGK verisi: import a service list for the enterprise, with progress and the service's Turkish outcome, then the chart. */
export function SgkImportPanel({
  applicationId,
  enterpriseId,
  defaultProvince,
}: {
  readonly applicationId: number;
  readonly enterpriseId: number;
  readonly defaultProvince: string | null;
}) {
  const user = useCurrentUser();
  const [province, setProvince] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const importSgk = useChannelMutation('import:sgk', ['case:get', 'case:history', 'enterprise:get', 'sgk:get-series']);
  const canImport = user.role === 'sorumlu_personel' || user.role === 'yonetici';

  const upload = async (file: File) => {
    setFileName(file.name);
    const contentBase64 = await readAsBase64(file);
    const chosenProvince = province.trim() === '' ? defaultProvince : province.trim();
    importSgk.mutate(
      { enterpriseId, fileName: file.name, contentBase64, ...(chosenProvince === null ? {} : { province: chosenProvince }) },
      {
        onSuccess: (answer) => {
          confirmAction(answer.outcome === 'imported' ? S.imported : S.already, answer.message);
        },
      },
    );
  };

  return (
    <>
      <section className="panel" aria-labelledby="sgk-import">
        <h2 id="sgk-import">{S.title}</h2>
        <p className="muted">{S.intro}</p>
        {canImport ? (
          <div className="sgk-import">
            <TextInput
              label={S.province}
              value={province}
              onChange={setProvince}
              description={defaultProvince === null ? S.provinceHint : `${S.provinceHint} (${defaultProvince})`}
            />
            <FileTrigger
              acceptedFileTypes={['.csv', '.xlsx', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']}
              onSelect={(files) => {
                const file = files?.[0];
                if (file) void upload(file);
              }}
            >
              <Button variant="primary" isPending={importSgk.isPending}>
                {S.choose}
              </Button>
            </FileTrigger>
          </div>
        ) : null}
        {importSgk.isPending && fileName !== null ? <Loading label={S.importing(fileName)} /> : null}
        <ErrorNotice error={importSgk.error} />
        {importSgk.data ? (
          <div className="notice notice-info" role="status">
            <strong>{importSgk.data.outcome === 'imported' ? S.imported : S.already}</strong>
            <p className="preformatted">{importSgk.data.message}</p>
            <p>{S.reevaluateHint}</p>
          </div>
        ) : null}
      </section>
      <SgkSeriesPanel applicationId={applicationId} />
    </>
  );
}
