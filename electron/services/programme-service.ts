import { ikdpParameterLines } from '../../core/programmes/ikdp/parameter-report';
import { BUILT_IN_REFERENCE } from '../../core/rules';
import { getApplication } from '../../db/repositories/applications';
import type { ChannelRequest, ChannelResponse } from '../contract';
import type { SignedInCall } from './app-context';
import { notFound } from './service-error';

/** The programme edition's values behind a case, provisional ones and gaps marked (issue 14, evaluation view). */

/** "MADDE 10(1) karşılığı" → "MADDE 10(1)": the 2026 values cite the 2025 text's provisions the checks cite. */
function asCited(article: string): string {
  return article.replace(/\s+karşılığı$/u, '');
}

export function getParameters(
  call: SignedInCall,
  request: ChannelRequest<'programme:get-parameters'>,
): ChannelResponse<'programme:get-parameters'> {
  const application = getApplication(call.app.db, request.applicationId);
  if (application === undefined) throw notFound('Başvuru');
  const asOf = application.approvedOn ?? application.appliedOn ?? call.app.today();
  const { program } = application;
  if (program === 'ITKFDP-II') {
    const edition = BUILT_IN_REFERENCE.itkfdp;
    return { program, editionName: edition.name, provisional: edition.provisional, asOf, lines: [], provisionalArticles: [] };
  }
  const edition = BUILT_IN_REFERENCE.ikdpEditions[program];
  const lines = ikdpParameterLines(edition, asOf).map((line) => ({
    key: line.key,
    label: line.label,
    value: line.value,
    article: line.source?.article ?? null,
    act: line.source?.act ?? null,
    provisional: line.source?.provisional === true,
    lastConfirmed: line.source?.lastConfirmed ?? null,
  }));
  const provisionalArticles = [
    ...new Set(lines.filter((line) => line.provisional && line.article !== null).map((line) => asCited(line.article ?? ''))),
  ];
  return { program, editionName: edition.name, provisional: edition.provisional, asOf, lines, provisionalArticles };
}
