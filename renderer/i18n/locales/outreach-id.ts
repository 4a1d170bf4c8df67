/**
 * Texts of the follow-up that reaches the institutions (issue 12): WhatsApp messages, progress
 * forms, letter numbers, meeting files, the directory from Excel. Kept beside id.ts (which spreads
 * them in) so this feature's strings stay together; en: outreach-en.ts.
 */
export const outreachId = {
  forms: {
    noOpenCommitments: 'Tidak ada komitmen yang masih terbuka (belum mulai atau berjalan) untuk dibuatkan formulir.',
    import: {
      fileTooLarge: 'Berkas lebih besar dari {{maxMb}} MB. Formulir laporan progres biasanya hanya puluhan KB.',
      empty: 'Berkas ini kosong.',
      notXlsx:
        'Berkas ini bukan berkas Excel (.xlsx). Simpan formulir sebagai “Buku Kerja Excel (.xlsx)” lalu impor lagi.',
      unpacksTooLarge: 'Isi berkas Excel ini lebih dari {{maxMb}} MB setelah dibuka, sehingga ditolak.',
      notAForm:
        'Berkas ini bukan formulir laporan progres dari Sirakor (kode formulir tidak ditemukan). Gunakan formulir yang dibuat dari Komitmen → Formulir progres.',
      confirmFirst: 'Tampilkan pratinjau berkas ini lebih dulu, baru terapkan.',
      otherOffice:
        'Formulir ini dibuat oleh Sirakor di kantor lain, bukan di kantor ini. Kirim formulir dari kantor ini kepada instansi untuk diisi.',
      formCodeDamaged:
        'Kode formulir (kolom tersembunyi L, baris 1) rusak atau diubah, sehingga formulir tidak dapat dicocokkan.',
      formTampered:
        'Nilai pemeriksa kode formulir tidak cocok: kode formulir telah diubah. Formulir tidak dapat dicocokkan.',
      institutionGone: 'Instansi pemilik formulir ini sudah tidak ada di direktori.',
      tooManyRows: 'Formulir ini lebih panjang dari yang dapat dibaca; baris setelah baris ke-2.006 diabaikan.',
      rowOfOtherOffice: 'Baris {{row}}: formulir dari kantor lain; baris ini tidak diterapkan.',
      rowNotVerified:
        'Baris {{row}}: kode formulir tidak sah, sehingga baris ini tidak dapat dicocokkan dan tidak diterapkan.',
      rowLayoutChanged: 'Baris {{row}}: susunan kolom formulir berubah, sehingga baris ini tidak dibaca.',
      layoutChanged:
        'Baris {{row}}, kolom {{column}}: judul kolom seharusnya “{{expected}}”, tertulis “{{value}}”. Susunan kolom formulir tidak boleh diubah.',
      rowWithoutCode:
        'Baris {{row}}: baris tanpa kode (baris tambahan?). Komitmen baru tidak dapat ditambahkan lewat formulir; kosongkan baris ini.',
      codeDamaged:
        'Baris {{row}}: kode baris (kolom tersembunyi {{column}}) rusak atau diubah, sehingga baris ini tidak dapat dicocokkan dengan komitmen.',
      codeTampered:
        'Baris {{row}}: nilai pemeriksa kode baris tidak cocok (id komitmen atau kode diubah, atau baris disalin dari formulir lain); baris ini tidak diterapkan.',
      otherInstitution:
        'Baris {{row}}: baris ini berasal dari formulir {{institution}}, bukan dari instansi pemilik formulir ini.',
      duplicateRow: 'Baris {{row}}: komitmen yang sama sudah ada di baris {{other}}.',
      commitmentGone: 'Baris {{row}}: komitmen ini sudah dihapus.',
      commitmentMoved: 'Baris {{row}}: komitmen ini sekarang tercatat atas nama {{institution}}.',
      formula:
        'Baris {{row}}, kolom {{column}} ({{header}}): berisi rumus “{{value}}”. Ketik nilainya langsung, bukan rumus.',
      cellError: 'Baris {{row}}, kolom {{column}} ({{header}}): berisi galat “{{value}}”.',
      status:
        'Baris {{row}}, kolom {{column}} ({{header}}): “{{value}}” bukan status. Pilih Belum mulai, Berjalan, Selesai atau Dibatalkan.',
      percentNumber:
        'Baris {{row}}, kolom {{column}} ({{header}}): “{{value}}” bukan angka. Isi bilangan 0 sampai 100.',
      percentWhole: 'Baris {{row}}, kolom {{column}} ({{header}}): persen harus bilangan bulat, bukan “{{value}}”.',
      percentRange: 'Baris {{row}}, kolom {{column}} ({{header}}): persen harus 0 sampai 100, bukan {{value}}.',
      date: 'Baris {{row}}, kolom {{column}} ({{header}}): “{{value}}” bukan tanggal. Isi misalnya 17/12/2025.',
      tooLong: 'Baris {{row}}, kolom {{column}} ({{header}}): teks terlalu panjang (“{{value}}…”).',
      dateRequired: 'Baris {{row}}, kolom {{column}} ({{header}}): tanggal laporan wajib diisi.',
      nothingReported: 'Baris {{row}}: isi Status baru, Persen atau Yang telah dilakukan.',
      futureDate:
        'Baris {{row}}, kolom {{column}} ({{header}}): tanggal {{value}} belum tiba. Laporan menceritakan yang sudah terjadi.',
      beforeMeeting:
        'Baris {{row}}, kolom {{column}} ({{header}}): tanggal {{value}} lebih awal dari rapat asal komitmen ({{meeting}}).',
      staleNotAccepted:
        '{{count}} komitmen berubah setelah formulir dibuat. Periksa baris yang ditandai, lalu centang “Terapkan juga” untuk menerapkannya.',
    },
  },
};
