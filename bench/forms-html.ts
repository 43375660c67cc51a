import { formatDateTr } from '../core/lib/calendar-date';
import { OUTCOME_LABEL_TR } from '../core/lib/checks';
import type { FormModel, FormSection } from '../electron/pdf/form-model';

/**
 * The same form as HTML, for the benchmark's yardstick (Chromium's
 * --print-to-pdf): the header, identity block, every section and the signing
 * blocks with the same texts, styled like the PDF.
 */

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function rows(cells: readonly (readonly string[])[], header?: readonly string[]): string {
  const head = header === undefined ? '' : `<tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr>`;
  return `<table>${head}${cells.map((line) => `<tr>${line.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
}

function section(part: FormSection): string {
  const title = `<h2>${escape(part.title)}</h2>`;
  switch (part.kind) {
    case 'fields':
      return title + rows(part.fields.map((field) => [field.label, field.value]));
    case 'checks':
      return (
        title +
        rows(
          part.checks.map((check, index) => [
            String(index + 1),
            `${check.code} ${check.article}`,
            OUTCOME_LABEL_TR[check.outcome],
            check.explanation,
          ]),
          ['No', 'Kontrol / Madde', 'Sonuç', 'Açıklama'],
        )
      );
    case 'amounts':
      return (
        title +
        rows(
          [
            ...part.rows.map((row) => [row.label, row.figure, row.formula]),
            ...part.totals.map((total) => [total.label, total.figure, total.words]),
          ],
          ['Kalem', 'Tutar', 'Hesaplama'],
        )
      );
    case 'table':
      return (
        title +
        rows(
          part.rows,
          part.columns.map((column) => column.header),
        )
      );
    case 'text':
      return title + part.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('');
  }
}

export function formHtml(model: FormModel): string {
  const signatures = model.signatures
    .map(
      (slot) =>
        `<td><b>${escape(slot.label)}</b><br>Adı Soyadı: ${escape(slot.name ?? '')}<br>Unvanı: ${escape(slot.title)}<br>Tarih: ${slot.date === null ? '' : formatDateTr(slot.date)}<br>İmza:<br><br><br></td>`,
    )
    .join('');
  return `<!doctype html><html lang="tr"><head><meta charset="utf-8"><title>${escape(model.code)} ${escape(model.title)}</title>
<style>@page{size:A4;margin:12mm}body{font-family:'DejaVu Sans',sans-serif;font-size:8pt}table{width:100%;border-collapse:collapse;margin-bottom:4pt}
td,th{border:0.5pt solid #555;padding:2pt;vertical-align:top}th{background:#e0e0e0}h1{font-size:9pt;text-align:center}h2{font-size:9pt;background:#e0e0e0;border:0.5pt solid #555;margin:6pt 0 0;padding:2pt}</style></head>
<body><table><tr><td><b>T.C.<br>SANAYİ VE TEKNOLOJİ BAKANLIĞI<br>KOSGEB<br>${escape(model.directorate)}</b></td><td><h1>${escape(model.programmeName)}<br>${escape(model.title.toLocaleUpperCase('tr-TR'))}</h1></td>
<td>Form No: ${escape(model.code)}<br>Tarih: ${formatDateTr(model.formDate)}</td></tr></table>
<h2>İşletme ve Dosya Bilgileri</h2>${rows(model.identity.map((field) => [field.label, field.value]))}
${model.sections.map(section).join('\n')}<h2>İmzalar</h2><table><tr>${signatures}</tr></table></body></html>`;
}
