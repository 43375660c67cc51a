import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** The Turkish application menu: no developer tools, no reload of a half-filled form. */
export function installTurkishMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: 'Dosya', submenu: [{ label: 'Çıkış', role: 'quit' }] },
    {
      label: 'Düzen',
      submenu: [
        { label: 'Geri al', role: 'undo' },
        { label: 'Yinele', role: 'redo' },
        { type: 'separator' },
        { label: 'Kes', role: 'cut' },
        { label: 'Kopyala', role: 'copy' },
        { label: 'Yapıştır', role: 'paste' },
        { label: 'Tümünü seç', role: 'selectAll' },
      ],
    },
    {
      label: 'Görünüm',
      submenu: [
        { label: 'Yakınlaştır', role: 'zoomIn' },
        { label: 'Uzaklaştır', role: 'zoomOut' },
        { label: 'Gerçek boyut', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Tam ekran', role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Yardım',
      submenu: [
        {
          label: 'KOBİ Dosya hakkında',
          click: () => {
            void dialog.showMessageBox({
              type: 'info',
              title: 'KOBİ Dosya',
              message: `KOBİ Dosya ${app.getVersion()}`,
              detail: 'KOSGEB il müdürlükleri için destek programı dosya yönetimi.',
            });
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
