import { stateLabel, type WorkflowKind } from '../contract/workflow-catalogue';
import { entityLabel } from './sync-messages-tr';

/** The Turkish texts of replication between a müdürlük's PCs (conflicts as a person reads them). */

function shown(value: string | null): string {
  return value === null ? '(boş)' : `"${value}"`;
}

function stateOf(kind: string, state: string | null): string {
  return state === null ? '(yok)' : `"${stateLabel(kind as WorkflowKind, state)}"`;
}

export const REPLICATION_TEXT = {
  field: (input: {
    entity: string;
    localId: number;
    column: string;
    winner: 'local' | 'remote';
    localValue: string | null;
    remoteValue: string | null;
    remoteUser: string;
  }) =>
    `${entityLabel(input.entity, String(input.localId))}, "${input.column}" alanı iki bilgisayarda aynı anda değiştirildi: ` +
    `bu bilgisayarda ${shown(input.localValue)}, ${input.remoteUser} tarafından ${shown(input.remoteValue)}. ` +
    `Daha sonraki değişiklik geçerli oldu (${input.winner === 'local' ? shown(input.localValue) : shown(input.remoteValue)}); ` +
    `öteki değer denetim kaydında saklı.`,
  transition: (input: {
    recordKind: string;
    recordLabel: string;
    localState: string | null;
    from: string | null;
    to: string | null;
    result: string | null;
    remoteUser: string;
  }) =>
    `${input.recordLabel}: ${input.remoteUser} başka bir bilgisayarda ${stateOf(input.recordKind, input.from)} durumundan ` +
    `${stateOf(input.recordKind, input.to)} durumuna geçiş yaptı; oysa kayıt bu bilgisayarda ${stateOf(input.recordKind, input.localState)} durumundaydı. ` +
    `Eski bir durumdan yapılmış bu geçiş kendiliğinden birleştirilmedi: kayıt şimdi ${stateOf(input.recordKind, input.result)} durumunda ` +
    `(sonraki geçiş geçerli); bir kişinin gözden geçirip gerekirse yeni bir geçiş yapması gerekir.`,
  apply: (label: string, reason: string) => `${label}: başka bilgisayardan gelen değişiklik bu bilgisayara uygulanamadı (${reason}).`,
  unknownTable: (entity: string) => `"${entity}" tablosu bu sürümde eşitlenmiyor`,
  unknownRow: 'bu bilgisayar kaydın kendisini hiç almadı',
  deletedRow: 'kayıt bu bilgisayarda silinmiş',
  missingReference: (label: string) => `başvurduğu ${label} bu bilgisayarda yok`,
  unknownUser: 'değişikliği yapan ya da adı geçen kullanıcı bilinmiyor',
  refused: (detail: string) => `veritabanı kabul etmedi: ${detail}`,
  fileSize: (expected: number, announced: number) =>
    `merkezdeki dosya ${Number.isFinite(announced) ? announced.toLocaleString('tr-TR') : '?'} bayt, kayıt ${expected.toLocaleString('tr-TR')} bayt diyor`,
  fileShort: 'merkezden dosyanın eksik bir parçası geldi',
  fileHash: 'indirilen dosyanın SHA-256 özeti kayıttakiyle uyuşmuyor; yarım kopya silindi, dosya baştan indirilecek',
  unsafePath: (path: string) => `kayıttaki dosya yolu ("${path}") veritabanı klasörünün dışını gösteriyor`,
  fileProblem: (label: string, reason: string) =>
    `${label} dosyası bu bilgisayara indirilemedi: ${reason}. Bir sonraki eşitlemede yeniden denenecek.`,
  filesPending: (count: number) =>
    `Başka bilgisayarlardan gelen ${count.toLocaleString('tr-TR')} belgenin dosyası henüz bu bilgisayarda yok; bir sonraki eşitlemede yeniden denenecek.`,
  busy: (applied: number) =>
    `Veritabanına başka bir işlem yazdığı için öteki bilgisayarlardan gelen değişikliklerin uygulanması yarıda kaldı ` +
    `(${applied.toLocaleString('tr-TR')} değişiklik uygulandı); kalanlar bir sonraki eşitlemede kaldığı yerden uygulanacak.`,
} as const;

export const RECORD_LABELS: Readonly<Record<string, string>> = {
  ikdp_application: 'İKDP başvurusu',
  itkfdp_application: 'İTKFDP-II başvurusu',
  payment_request: 'Ödeme talebi',
  monitoring_visit: 'İzleme ziyareti',
};
