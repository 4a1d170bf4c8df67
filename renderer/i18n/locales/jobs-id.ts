/**
 * Texts of long jobs (issue 17): the notices of exports, documents and backups that run while the
 * user works elsewhere. Kept beside id.ts (which spreads them in); en: jobs-en.ts.
 */
export const jobsId = {
  jobs: {
    region: 'Pekerjaan yang berjalan',
    kind: {
      ledgerXlsx: 'Ekspor daftar komitmen (XLSX)',
      planXlsx: 'Ekspor rencana aksi (XLSX)',
      planDocument: 'Cetak matriks rencana aksi',
      commitmentReport: 'Laporan tindak lanjut komitmen',
      semesterReport: 'Laporan semester',
      directoryXlsx: 'Ekspor direktori (XLSX)',
      progressForms: 'Formulir progres komitmen',
      backup: 'Cadangan data',
      restore: 'Pemulihan data',
      exchangeExport: 'Paket data untuk kantor lain',
      exchangeImport: 'Menerima paket data',
    },
    running: 'Sedang diproses…',
    percent: '{{percent}}%',
    rows: '{{done}} dari {{total}} baris',
    done: 'Selesai',
    failed: 'Gagal',
    cancelled: 'Dibatalkan. Tidak ada berkas yang disimpan.',
    cancel: 'Batal',
    save: 'Simpan berkas',
    replacing: 'Mengganti data… (tidak dapat dibatalkan lagi)',
    restored: 'Data telah dipulihkan.',
    openBackups: 'Lihat cadangan',
    openExchange: 'Lihat laporan penerimaan',
    close: 'Tutup pemberitahuan',
    cancelledShort: 'Dibatalkan',
    restoreCancelled: 'Dibatalkan. Data tidak diubah.',
    reportForm: {
      label: 'Bentuk laporan',
      full: 'Lengkap',
      summary: 'Ringkas',
      fullHint: 'Setiap komitmen dicetak dengan perkembangan terakhirnya.',
      summaryHint:
        'Ringkasan per instansi dan status, lalu hanya komitmen yang belum selesai. Disarankan untuk periode panjang (mis. satu tahun kabupaten).',
    },
    error: {
      unknown: 'Pekerjaan ini tidak lagi dikenal (mungkin aplikasi dimulai ulang). Jalankan lagi.',
      noFile: 'Berkas hasil pekerjaan ini tidak ada lagi. Jalankan lagi.',
      failed: 'Pekerjaan gagal. Coba lagi; bila terus gagal, laporkan kepada pengelola aplikasi.',
    },
  },
};
