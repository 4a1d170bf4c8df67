/**
 * Texts of the follow-up that reaches the institutions (issue 12): WhatsApp messages, progress
 * forms, letter numbers, meeting files, the directory from Excel. Kept beside id.ts (which spreads
 * them in) so this feature's strings stay together; en: outreach-en.ts.
 */
export const outreachId = {
  forms: {
    button: 'Formulir progres',
    title: 'Formulir laporan progres',
    intro:
      'Buat formulir Excel berisi komitmen terbuka setiap instansi, kirimkan (misalnya lewat WhatsApp), lalu impor formulir yang sudah diisi. Isinya ditampilkan lebih dulu sebelum diterapkan.',
    makeTitle: '1. Buat formulir',
    institution: 'Instansi',
    allInstitutions: 'Semua instansi ({{count}}): satu berkas ZIP berisi satu formulir per instansi',
    institutionOption: '{{name}} ({{count}} komitmen terbuka)',
    download: 'Unduh formulir',
    downloaded: 'Formulir disimpan: {{name}}',
    importTitle: '2. Impor formulir yang sudah diisi',
    file: 'Berkas formulir (.xlsx)',
    filePlaceholder: 'Pilih berkas…',
    preview: 'Tampilkan pratinjau',
    apply: 'Terapkan {{count}} laporan',
    acceptStale: 'Terapkan juga {{count}} laporan untuk komitmen yang berubah setelah formulir dibuat',
    summary:
      'Formulir {{institution}} ({{date}}): {{new}} laporan baru, {{unchanged}} sudah tercatat, {{empty}} baris kosong, {{error}} perlu diperbaiki.',
    summaryUnknown:
      '{{new}} laporan baru, {{unchanged}} sudah tercatat, {{empty}} baris kosong, {{error}} perlu diperbaiki.',
    nothingNew: 'Tidak ada laporan baru: semua isi formulir ini sudah tercatat.',
    applied: '{{count}} laporan diterapkan sebagai laporan {{institution}} melalui formulir.',
    fixFirst: 'Perbaiki formulir lalu impor lagi. Tidak ada yang diterapkan selama masih ada masalah.',
    moreProblems: 'dan {{count}} masalah lainnya.',
    stale: 'Komitmen ini berubah pada {{date}}, setelah formulir dibuat.',
    columns: {
      row: 'Baris',
      commitment: 'Komitmen',
      change: 'Laporan',
      done: 'Yang telah dilakukan',
      reporter: 'Pelapor',
      outcome: 'Hasil',
    },
    outcome: { new: 'Baru', unchanged: 'Sudah tercatat', empty: 'Kosong', error: 'Perlu diperbaiki' },
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
  messages: {
    button: 'Pesan WhatsApp',
    meetingTitle: 'Pesan WhatsApp rapat',
    invitation: 'Undangan',
    summary: 'Ringkasan hasil rapat',
    summaryNeedsApproval: 'Ringkasan hasil rapat dapat dibuat setelah notulen disahkan.',
    remindersButton: 'Pengingat WhatsApp',
    remindersTitle: 'Pengingat komitmen per instansi',
    remindersIntro:
      'Satu pesan untuk setiap instansi yang masih memiliki komitmen terbuka. Periksa dan ubah teksnya bila perlu, lalu salin atau buka di WhatsApp. Sirakor tidak mengirim pesan sendiri.',
    remindersEmpty: 'Tidak ada instansi dengan komitmen terbuka.',
    institutions: 'Instansi',
    openCount: '{{count}} komitmen terbuka',
    overdueCount: '{{count}} terlambat',
    copy: 'Salin',
    copied: 'Teks disalin. Tempelkan di WhatsApp.',
    copyAll: 'Salin semua ({{count}})',
    copiedAll: '{{count}} pesan disalin, dipisahkan garis.',
    copyFailed: 'Teks tidak dapat disalin otomatis. Pilih teksnya, lalu tekan Ctrl+C.',
    openWhatsapp: 'Buka di WhatsApp',
    recipient: 'Kirim kepada',
    noRecipient: 'Dipilih di WhatsApp',
    noPhone: 'tanpa nomor',
    recipientHint: 'Nomor diambil dari direktori. Tanpa nomor, WhatsApp menanyakan penerimanya.',
    reset: 'Kembalikan teks',
    text: 'Teks pesan',
    characters: '{{count}} karakter',
    unknownPlaceholder: 'Tempat isian {{placeholder}} tidak dikenal. Yang dapat dipakai: {{known}}.',
    tooLongForLink:
      'Pesan ini terlalu panjang untuk dibuka langsung di WhatsApp (tautannya lebih dari {{max}} karakter). Salin teksnya, lalu tempelkan di WhatsApp.',
    templates: {
      title: 'Templat pesan WhatsApp',
      intro:
        'Kata-kata pesan yang disiapkan Sirakor. Tempat isian dalam kurung kurawal diisi dari rapat atau instansi; baris yang semua isiannya kosong tidak ditampilkan. *Teks di antara bintang* tampil tebal di WhatsApp.',
      invitation: 'Undangan rapat',
      summary: 'Ringkasan hasil rapat (setelah notulen disahkan)',
      reminder: 'Pengingat komitmen per instansi',
      placeholders: 'Tempat isian: {{list}}',
      save: 'Simpan templat',
      saved: 'Templat pesan disimpan.',
      reset: 'Kembalikan ke bawaan Sirakor',
      custom: 'Templat kantor',
    },
  },
};
