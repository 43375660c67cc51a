/** A chosen file's bytes as base64 (what the contract's uploads carry) or as a data URL (images, signatures). */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('Dosya okunamadı.'));
    };
    reader.readAsDataURL(file);
  });
}

export async function readAsBase64(file: File): Promise<string> {
  const url = await readAsDataUrl(file);
  return url.slice(url.indexOf(',') + 1);
}
