import { createHash } from 'node:crypto';
import { sharedFontkit } from './shared-fontkit';
import { AFRelationship, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFPage, type PDFRef } from 'pdf-lib';
import { formatDateTr } from '../../core/lib/calendar-date';
import { OUTCOME_LABEL_TR } from '../../core/lib/checks';
import { formFonts, PLAIN_TEXT_FEATURES } from './fonts';
import type { FormModel, FormSection, SignatureSlot } from './form-model';
import { A4, CONTENT_WIDTH, FormLayout, HEADER_HEIGHT, INK, LIGHT_SHADE, MARGIN, RULE, SHADE, type Cell, type Fonts } from './page-layout';
import { drawQrCode, qrPayload } from './qr-code';

/**
 * Lays a `FormModel` out as an A4 PDF: header band on every page (institution,
 * programme and form title, form code, date, "Sayfa X / Y"), identity block
 * with the QR code, the sections, the signing blocks (each with an empty
 * signature field for `sign-pdf`), a footer with the document id and the data
 * hash, the evidence JSON as an attached file, and the metadata (title,
 * author, subject, language tr-TR). Deterministic: the same model gives the
 * same bytes (dates come from the model, pdf-lib's font suffix from a fixed seed).
 */

export const EVIDENCE_FILE_NAME = 'kanit-verisi.json';
/** Info dictionary key holding the QR code's text, so a verifier need not decode the image. */
export const QR_INFO_KEY = 'KobiDosyaQR';

export type RenderedForm = {
  readonly bytes: Uint8Array;
  readonly documentId: string;
  readonly dataSha256: string;
  readonly pageCount: number;
};

type FieldPlacement = { readonly name: string; readonly label: string; readonly page: PDFPage; readonly rect: readonly number[] };

export function evidenceBytes(evidence: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(evidence, null, 2)}\n`);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `KD-FRM.39.00.05-3-12-1A2B3C4D`: form code, subject (application, request…), first 8 hex digits of the data hash. */
export function documentIdOf(code: string, subjectKey: string, dataSha256: string): string {
  return `KD-${code}-${subjectKey}-${dataSha256.slice(0, 8).toUpperCase()}`;
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

function drawSection(layout: FormLayout, section: FormSection): void {
  layout.sectionTitle(section.title);
  switch (section.kind) {
    case 'fields': {
      const widths = [170, CONTENT_WIDTH - 170];
      for (const field of section.fields) layout.row([{ text: field.label, bold: true, fill: LIGHT_SHADE }, { text: field.value }], widths);
      return;
    }
    case 'checks': {
      const widths = [22, 118, 62, CONTENT_WIDTH - 202];
      const header = {
        cells: ['No', 'Kontrol / Madde', 'Sonuç', 'Açıklama'].map((text): Cell => ({ text, bold: true, fill: SHADE, align: 'center' })),
        widths,
      };
      layout.row(header.cells, widths);
      section.checks.forEach((check, index) => {
        layout.row(
          [
            { text: String(index + 1), align: 'center' },
            { text: `${check.code}\n${check.article}`, size: 7.5 },
            { text: OUTCOME_LABEL_TR[check.outcome], bold: true, align: 'center', size: 7.5 },
            { text: check.explanation, size: 7.5 },
          ],
          widths,
          header,
        );
      });
      if (section.checks.length === 0) layout.row([{ text: 'Bu bölümde kontrol yok.' }], [CONTENT_WIDTH]);
      return;
    }
    case 'amounts': {
      const widths = [150, 92, CONTENT_WIDTH - 242];
      const header = {
        cells: ['Kalem', 'Tutar', 'Hesaplama'].map((text): Cell => ({ text, bold: true, fill: SHADE, align: 'center' })),
        widths,
      };
      if (section.rows.length > 0) layout.row(header.cells, widths);
      for (const row of section.rows) {
        layout.row([{ text: row.label }, { text: row.figure, align: 'right' }, { text: row.formula, size: 7.5 }], widths, header);
      }
      for (const total of section.totals) {
        layout.row(
          [
            { text: total.label, bold: true, fill: LIGHT_SHADE },
            { text: total.figure, bold: true, align: 'right', fill: LIGHT_SHADE },
            { text: total.words, fill: LIGHT_SHADE },
          ],
          widths,
        );
      }
      return;
    }
    case 'table': {
      const scale = CONTENT_WIDTH / section.columns.reduce((sum, column) => sum + column.width, 0);
      const widths = section.columns.map((column) => column.width * scale);
      const header = {
        cells: section.columns.map((column): Cell => ({ text: column.header, bold: true, fill: SHADE, align: 'center' })),
        widths,
      };
      layout.row(header.cells, widths);
      for (const row of section.rows)
        layout.row(
          row.map((text): Cell => ({ text, size: 7.5 })),
          widths,
          header,
        );
      if (section.rows.length === 0) layout.row([{ text: 'Kayıt yok.' }], [CONTENT_WIDTH]);
      return;
    }
    case 'text':
      for (const paragraph of section.paragraphs) {
        layout.moveDown(2);
        layout.paragraph(paragraph);
      }
      return;
  }
}

const SIGNATURE_BOX_HEIGHT = 118;
const SIGNING_AREA_HEIGHT = 54;

/** Signing blocks two to a row; returns where each signature field goes. */
async function drawSignatures(layout: FormLayout, doc: PDFDocument, slots: readonly SignatureSlot[]): Promise<FieldPlacement[]> {
  const placements: FieldPlacement[] = [];
  layout.sectionTitle('İmzalar', SIGNATURE_BOX_HEIGHT);
  const width = CONTENT_WIDTH / 2;
  for (let index = 0; index < slots.length; index += 2) {
    layout.ensureSpace(SIGNATURE_BOX_HEIGHT);
    const top = layout.y;
    const page = layout.currentPage;
    for (const [offset, slot] of slots.slice(index, index + 2).entries()) {
      const x = MARGIN.left + offset * width;
      layout.drawCell(page, { text: slot.label, bold: true, fill: SHADE, align: 'center' }, x, top, width, 16);
      const lines = [
        `Adı Soyadı: ${slot.name ?? ''}`,
        `Unvanı: ${slot.title}`,
        `Tarih: ${slot.date === null ? '' : formatDateTr(slot.date)}`,
        'İmza:',
      ].join('\n');
      layout.drawCell(page, { text: lines }, x, top - 16, width, SIGNATURE_BOX_HEIGHT - 16);
      const area = { x: x + 30, y: top - SIGNATURE_BOX_HEIGHT + 4, width: width - 36, height: SIGNING_AREA_HEIGHT };
      page.drawLine({
        start: { x: area.x, y: area.y + 2 },
        end: { x: area.x + area.width, y: area.y + 2 },
        thickness: 0.4,
        color: RULE,
        dashArray: [2, 2],
      });
      // A drawn signature and a digital one on the same block share the line: the drawing left, the digital block right.
      const both = slot.image !== undefined && slot.field !== undefined;
      const imageWidth = both ? area.width * 0.38 : area.width;
      if (slot.image !== undefined) {
        const image = await doc.embedPng(slot.image);
        const scale = Math.min(imageWidth / image.width, (area.height - 4) / image.height);
        page.drawImage(image, { x: area.x, y: area.y + 4, width: image.width * scale, height: image.height * scale });
      }
      if (slot.field !== undefined) {
        const left = both ? area.x + imageWidth + 4 : area.x;
        placements.push({ name: slot.field, label: slot.label, page, rect: [left, area.y, area.x + area.width, area.y + area.height] });
      }
    }
    layout.moveDown(SIGNATURE_BOX_HEIGHT + 4);
  }
  return placements;
}

function drawPageFrame(
  page: PDFPage,
  layout: FormLayout,
  model: FormModel,
  pageNumber: number,
  pageCount: number,
  footer: readonly string[],
): void {
  const top = A4.height - MARGIN.top;
  const left = 150;
  const right = 128;
  layout.drawCell(
    page,
    {
      text: `T.C.\nSANAYİ VE TEKNOLOJİ BAKANLIĞI\nKOSGEB\n${model.directorate}`,
      bold: true,
      size: 7,
      align: 'center',
    },
    MARGIN.left,
    top,
    left,
    HEADER_HEIGHT,
  );
  layout.drawCell(
    page,
    { text: `${model.programmeName}\n${model.title.toLocaleUpperCase('tr-TR')}`, bold: true, size: 9, align: 'center' },
    MARGIN.left + left,
    top,
    CONTENT_WIDTH - left - right,
    HEADER_HEIGHT,
  );
  layout.drawCell(
    page,
    { text: `Form No: ${model.code}\nTarih: ${formatDateTr(model.formDate)}\nSayfa ${pageNumber} / ${pageCount}`, size: 8 },
    MARGIN.left + CONTENT_WIDTH - right,
    top,
    right,
    HEADER_HEIGHT,
  );
  page.drawLine({
    start: { x: MARGIN.left, y: MARGIN.bottom - 4 },
    end: { x: A4.width - MARGIN.right, y: MARGIN.bottom - 4 },
    thickness: 0.5,
    color: RULE,
  });
  footer.forEach((line, index) => {
    page.drawText(line, { x: MARGIN.left, y: MARGIN.bottom - 13 - index * 8, size: 6, font: layout.fonts.regular, color: INK });
  });
}

function addSignatureFields(doc: PDFDocument, placements: readonly FieldPlacement[]): void {
  const context = doc.context;
  const fields: PDFRef[] = [];
  for (const placement of placements) {
    const field = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Sig',
        T: PDFString.of(placement.name),
        TU: PDFHexString.fromText(`${placement.label} imzası`),
        Rect: [...placement.rect],
        F: 4,
        P: placement.page.ref,
      }),
    );
    placement.page.node.addAnnot(field);
    fields.push(field);
  }
  const acroForm = context.register(context.obj({ Fields: fields, SigFlags: 3 }));
  doc.catalog.set(PDFName.of('AcroForm'), acroForm);
}

export async function renderFormPdf(model: FormModel): Promise<RenderedForm> {
  const evidence = evidenceBytes(model.evidence);
  const dataSha256 = sha256Hex(evidence);
  const documentId = documentIdOf(model.code, model.subjectKey, dataSha256);
  const created = utcDate(model.formDate);

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(sharedFontkit);
  const files = formFonts();
  const fonts: Fonts = {
    regular: await doc.embedFont(files.regular, { subset: true, customName: 'DejaVuSans', features: PLAIN_TEXT_FEATURES }),
    bold: await doc.embedFont(files.bold, { subset: true, customName: 'DejaVuSans-Bold', features: PLAIN_TEXT_FEATURES }),
  };
  const layout = new FormLayout(doc, fonts);

  // Identity block with the QR code at its right.
  const qrSize = 92;
  layout.sectionTitle('İşletme ve Dosya Bilgileri');
  const fieldsTop = layout.y;
  const widths = [130, CONTENT_WIDTH - 130 - qrSize - 6];
  for (const field of model.identity) layout.row([{ text: field.label, bold: true, fill: LIGHT_SHADE }, { text: field.value }], widths);
  const firstPage = layout.pages[0];
  if (firstPage === undefined) throw new Error('Sayfa oluşturulamadı.');
  const payload = qrPayload(documentId, dataSha256);
  drawQrCode(firstPage, payload, MARGIN.left + CONTENT_WIDTH - qrSize, fieldsTop - qrSize, qrSize);
  firstPage.drawText('Doğrulama kodu', {
    x: MARGIN.left + CONTENT_WIDTH - qrSize + 18,
    y: fieldsTop - qrSize - 8,
    size: 6,
    font: fonts.regular,
  });
  if (layout.y > fieldsTop - qrSize - 12) layout.moveDown(layout.y - (fieldsTop - qrSize - 12));

  for (const section of model.sections) drawSection(layout, section);
  const placements = await drawSignatures(layout, doc, model.signatures);

  const footer = [
    `Belge No: ${documentId}   Veri özeti (SHA-256): ${dataSha256}`,
    `Kural sürümü ${model.rulesVersion} · ${model.editionName} · Değerlendirmenin tüm verisi ekteki ${EVIDENCE_FILE_NAME} dosyasındadır; özeti QR koddakiyle aynı olmalıdır.`,
  ];
  layout.pages.forEach((page, index) => {
    drawPageFrame(page, layout, model, index + 1, layout.pages.length, footer);
  });
  addSignatureFields(doc, placements);

  await doc.attach(evidence, EVIDENCE_FILE_NAME, {
    mimeType: 'application/json',
    description: `${model.code} kanıt verisi: dosya verisi ve tam değerlendirme`,
    creationDate: created,
    modificationDate: created,
    afRelationship: AFRelationship.Data,
  });
  doc.setTitle(`${model.code} ${model.title}`, { showInWindowTitleBar: true });
  doc.setAuthor(model.directorate);
  doc.setSubject(`${model.programmeName} — ${model.title} (${documentId})`);
  doc.setKeywords([model.code, documentId, model.editionName]);
  doc.setCreator('KOBİ Dosya');
  doc.setProducer('KOBİ Dosya (pdf-lib)');
  doc.setLanguage('tr-TR');
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) info.set(PDFName.of(QR_INFO_KEY), PDFString.of(payload));

  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, documentId, dataSha256, pageCount: layout.pages.length };
}
