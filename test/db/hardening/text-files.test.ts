import { describe, expect, it } from 'vitest';
import { parseSgkServiceList } from '../../../db/imports/sgk-service-list';
import { parseTcmbBulletin } from '../../../db/imports/tcmb-rates';
import { readText } from '../../../db/imports/text-table';

/** Issue 12 item 4: the delimiter chosen by the header; encodings the import cannot read are named. */

const HEADER = ['Yıl', 'Ay', 'Kanun No', 'Mahiyet', 'Belge Türü', 'S.G. No', 'Ad', 'Soyad', 'Gün', 'Eksik Gün Sayısı', 'EGS'];
const ROW = ['2024', '11', '5510', 'A', '1', '26090881374', 'Fatma', 'Çelik', '25', '5', '01'];

function list(delimiter: string, titleLines: readonly string[]): Uint8Array {
  return new TextEncoder().encode([...titleLines, HEADER.join(delimiter), ROW.join(delimiter)].join('\r\n'));
}

async function personMonths(bytes: Uint8Array): Promise<unknown> {
  const parsed = await parseSgkServiceList(bytes);
  return parsed.ok ? parsed.list.personMonths.map((each) => [each.tckn, each.primDays, each.leaveDays]) : parsed;
}

describe('the SGK delimiter is the one the header is found with', () => {
  it.each([
    ['a comma header under a title line with semicolons', ',', ['İŞYERİ; ÖRNEK TEKSTİL; KAYSERİ']],
    ['a tab header under a title line with commas', '\t', ['Hizmet Listesi, Kasım 2024, Sayfa 1']],
    ['a semicolon header under a title line with tabs', ';', ['Dönem\t2024/11\tKayseri']],
    ['a comma header with no title', ',', []],
  ])('%s', async (_case, delimiter, titles) => {
    expect(await personMonths(list(delimiter, titles))).toEqual([['26090881374', 25, 5]]);
  });
});

const SAVE_AS = 'Dosyayı Excel\'de "CSV UTF-8" ya da "Unicode metin" olarak yeniden kaydedin.';

describe('encodings are reported, not guessed', () => {
  it.each([
    [
      'UTF-16 BE',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Yıl;Ay', 'utf16le').swap16()]),
      `Dosya UTF-16 BE kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}`,
    ],
    ['UTF-32', Buffer.from([0xff, 0xfe, 0, 0, 0x59, 0, 0, 0]), `Dosya UTF-32 kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}`],
    [
      'UTF-16 without a byte order mark',
      Buffer.from('Yıl;Ay', 'utf16le'),
      `Dosyada NUL (0x00) baytları var: BOM'suz UTF-16 ya da metin olmayan bir dosya olabilir. ${SAVE_AS}`,
    ],
    [
      'a stray byte in a UTF-8 file',
      Buffer.concat([Buffer.from('Yıl;Ay\n2024;11\n', 'utf8'), Buffer.from([0xfd]), Buffer.from('\n')]),
      `Dosya UTF-8 ama 3. satırda UTF-8 olmayan bir bayt var (0xFD); dosya iki kodlamayla karışık kaydedilmiş olabilir. ${SAVE_AS}`,
    ],
    [
      'a byte Windows-1254 does not define',
      Buffer.from([0x59, 0xfd, 0x6c, 0x0a, 0x81]),
      `Dosyanın kodlaması tanınmadı: 2. satırda Windows-1254'te tanımsız bir bayt var (0x81). ${SAVE_AS}`,
    ],
  ])('%s', (_case, bytes, reason) => {
    expect(readText(new Uint8Array(bytes))).toEqual({ ok: false, reason });
  });

  it.each([
    ['UTF-8', Buffer.from('Yıl;Işık', 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Yıl;Işık', 'utf8')]), 'utf-8'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Yıl;Işık', 'utf16le')]), 'utf-16le'],
    ['Windows-1254', Buffer.from([0x59, 0xfd, 0x6c, 0x3b, 0x49, 0xfe, 0xfd, 0x6b]), 'windows-1254'],
  ])('still reads %s', (_case, bytes, encoding) => {
    expect(readText(new Uint8Array(bytes))).toEqual({ ok: true, text: 'Yıl;Işık', encoding });
  });

  it('an SGK list and a TCMB bulletin in UTF-16 BE say so', async () => {
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<Tarih_Date/>', 'utf16le').swap16()]));
    expect(await parseSgkServiceList(bytes)).toEqual({
      ok: false,
      kind: 'file',
      reason: `Dosya UTF-16 BE kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}`,
    });
    expect(parseTcmbBulletin(bytes, '12122025.xml')).toEqual({
      ok: false,
      error: { file: '12122025.xml', reason: `Dosya UTF-16 BE kodlamasında; bu kodlama okunmuyor. ${SAVE_AS}` },
    });
  });
});
