import { percent, rupiah, type Template } from './scene';

export const OBSTACLES = [
  'keterlambatan pencairan anggaran',
  'data sasaran belum sinkron antara e-PPGBM dan Elsimil',
  'akses jalan ke dusun terpencil',
  'keterbatasan tenaga gizi di puskesmas',
  'kader posyandu belum dilatih',
  'alat antropometri di posyandu rusak',
  'ibu hamil tidak rutin datang ke posyandu',
  'musim tanam sehingga warga sulit dikumpulkan',
  'stok TTD di puskesmas terbatas',
  'pergantian kader TPK',
] as const;

export const PROPOSALS = [
  'data keluarga berisiko stunting dibahas bersama setiap bulan di kantor desa',
  'pengukuran balita dilakukan serentak setiap bulan Februari dan Agustus',
  'setiap desa menganggarkan PMT lokal dalam APBDes',
  'Babinsa dan Bhabinkamtibmas dilibatkan dalam kunjungan rumah TPK',
  'hasil audit kasus stunting dipaparkan pada rakor berikutnya',
  'KUA mensyaratkan sertifikat Elsimil sebelum akad nikah',
  'dibentuk grup koordinasi TPK per kecamatan',
  'puskesmas menyampaikan data balita gizi kurang ke desa setiap bulan',
  'posyandu yang belum memiliki alat ukur terstandar diprioritaskan dalam APBDes',
] as const;

const INDICATORS = [
  'TTD ibu hamil',
  'TTD remaja putri',
  'imunisasi dasar lengkap',
  'ASI eksklusif',
  'balita yang ditimbang dan diukur',
  'pendampingan keluarga berisiko stunting',
  'KB pascapersalinan',
  'pemeriksaan calon pengantin',
] as const;

export const DISCUSSION: readonly Template[] = [
  (s) =>
    `Cakupan ${s.rng.pick(INDICATORS)} di ${s.village} baru ${percent(s)}%; kendala utama ${s.rng.pick(OBSTACLES)}.`,
  (s) => {
    const families = s.rng.int(40, 420);
    return `Hasil pendataan TPK di ${s.village} mencatat ${families} keluarga berisiko stunting, ${s.rng.int(10, families)} di antaranya sudah didampingi.`;
  },
  (s) =>
    `Hasil pengukuran bulan ${s.month} ${s.year} di ${s.village}: ${s.rng.int(4, 60)} balita stunting (${s.rng.int(12, 41)}%).`,
  (s) => `Diusulkan agar ${s.rng.pick(PROPOSALS)}.`,
  (s) =>
    `Pemerintah ${s.village} telah mengalokasikan Dana Desa ${rupiah(s.rng.int(10, 250) * 1_000_000)} untuk kegiatan pencegahan stunting.`,
  (s) => `Penyaluran PMT lokal bagi balita gizi kurang di ${s.village} terlambat karena ${s.rng.pick(OBSTACLES)}.`,
  () => 'Kader TPK meminta dukungan biaya transpor untuk kunjungan rumah keluarga berisiko stunting.',
  (s) =>
    `Masih ada ${s.rng.int(5, 70)} keluarga tanpa jamban sehat di ${s.village}; diusulkan stimulan jamban melalui APBDes.`,
  (s) =>
    `Remaja putri yang minum TTD di sekolah baru ${percent(s, 20, 80)}%; sekolah diminta mencatat kepatuhan setiap Jumat.`,
  (s) => `Cakupan imunisasi dasar lengkap Kecamatan ${s.kecamatan} triwulan ini ${percent(s, 60, 99)}%.`,
  (s) => `Calon pengantin yang mengisi Elsimil baru ${percent(s, 15, 85)}% dari yang mendaftar di KUA.`,
  (s) =>
    `Peserta menanyakan kapan bantuan pangan bagi keluarga berisiko stunting di ${s.village} disalurkan; dijelaskan bahwa penyaluran menunggu data DTKS terbaru.`,
  (s) =>
    `Dilaporkan ${s.rng.int(2, 9)} balita gizi buruk di Kecamatan ${s.kecamatan} telah dirujuk dan mendapat tata laksana sesuai standar.`,
  (s) => `Data e-PPGBM ${s.village} belum dimutakhirkan sejak bulan lalu karena ${s.rng.pick(OBSTACLES)}.`,
];

export const PRESENTATION: readonly Template[] = [
  (s) =>
    `Memaparkan capaian ${s.rng.pick(INDICATORS)} ${s.label} sampai dengan bulan ${s.month} ${s.year} sebesar ${percent(s)}%.`,
  (s) =>
    `Menyampaikan rencana kegiatan di ${s.rng.int(2, 12)} desa lokus Kecamatan ${s.kecamatan} pada triwulan berikutnya.`,
  (s) => {
    const families = s.rng.int(80, 900);
    return `Memaparkan hasil pendataan keluarga: ${families} keluarga berisiko stunting, ${s.rng.int(40, families)} telah didampingi TPK.`;
  },
  (s) => `Menyampaikan realisasi anggaran kegiatan penurunan stunting sebesar ${percent(s, 20, 95)}% dari pagu.`,
  (s) => `Menjelaskan hasil audit kasus stunting di ${s.village} dan rekomendasi tindak lanjutnya.`,
  (s) => `Memaparkan tren prevalensi stunting ${s.label} tiga tahun terakhir dan desa dengan kasus tertinggi.`,
];

export const DIRECTIVES: readonly Template[] = [
  () => 'Seluruh perangkat daerah agar menghilangkan ego sektoral dan bekerja dengan satu data.',
  () => 'Intervensi spesifik dan sensitif agar tepat sasaran pada keluarga berisiko stunting di desa lokus.',
  (s) => `Setiap desa agar menganggarkan kegiatan penurunan stunting dalam APBDes Tahun ${s.year + 1}.`,
  () => 'Kepala Puskesmas agar melaporkan perkembangan balita gizi buruk setiap bulan kepada TPPS.',
  () => 'TPK agar mengunjungi keluarga sasaran minimal sebulan sekali dan mencatatnya di Elsimil.',
  () => 'Data e-PPGBM agar dimutakhirkan paling lambat tanggal 10 setiap bulan.',
  () => 'DPPKB dan Dinas Kesehatan agar menyamakan data sasaran sebelum rakor berikutnya.',
  () => 'Komitmen rapat sebelumnya yang belum terlaksana agar segera ditindaklanjuti dan dilaporkan.',
  () => 'Pemerintah desa agar memprioritaskan jamban sehat dan air bersih bagi keluarga berisiko stunting.',
  () => 'Kader posyandu agar didukung insentif yang memadai dari Dana Desa.',
];

export const OPENING: readonly Template[] = [
  () => 'Pimpinan rapat membuka rapat dan menyampaikan maksud serta tujuan pertemuan.',
  () => 'Rapat dibuka dengan pembacaan doa, dilanjutkan sambutan tuan rumah.',
  (s) => `Tuan rumah menyampaikan selamat datang kepada peserta dari ${s.label}.`,
];

export const CLOSING: readonly Template[] = [
  () => 'Pimpinan rapat menyampaikan terima kasih dan menutup rapat.',
  () => 'Notulis membacakan kesimpulan dan komitmen rapat sebelum rapat ditutup.',
  () => 'Rapat ditutup dengan doa.',
];

export const FOLLOW_UP: readonly Template[] = [
  (s) => {
    const total = s.rng.int(4, 16);
    const done = s.rng.int(0, total);
    return `Dari ${total} komitmen rapat sebelumnya, ${done} telah selesai dan ${total - done} masih berjalan.`;
  },
  (s) => `Komitmen pembangunan jamban sehat di ${s.village} belum terlaksana karena ${s.rng.pick(OBSTACLES)}.`,
  () => 'Komitmen penyampaian data sasaran dari puskesmas telah dipenuhi.',
];

export const NOTES: readonly Template[] = [
  () => 'Rapat diskors 15 menit untuk ishoma.',
  () => 'Bahan paparan dibagikan kepada peserta melalui grup WhatsApp TPPS.',
  () => 'Daftar hadir terlampir.',
];

export const DECISIONS: readonly Template[] = [
  (s) => `Menyepakati agar ${s.rng.pick(PROPOSALS)}.`,
  (s) => `TPPS ${s.label} menyusun rencana aksi terpadu Tahun ${s.year + 1} paling lambat akhir bulan depan.`,
  (s) => `Data sasaran yang dipakai bersama adalah data hasil verifikasi bulan ${s.month} ${s.year}.`,
  () => 'Hasil rapat dilaporkan kepada Ketua TPPS Kabupaten Jeneponto.',
  () => 'Rakor berikutnya dilaksanakan bulan depan dengan agenda reviu komitmen.',
  (s) => `Desa lokus di Kecamatan ${s.kecamatan} diprioritaskan untuk intervensi air minum dan sanitasi.`,
];

export const SUMMARIES: readonly Template[] = [
  (s) =>
    `Rapat menyepakati penguatan koordinasi lintas sektor di ${s.label}, satu data keluarga berisiko stunting, dan komitmen tindak lanjut tiap instansi.`,
  (s) =>
    `Rapat meninjau capaian intervensi bulan ${s.month} ${s.year} dan menyepakati langkah percepatan di desa lokus.`,
  () => 'Seluruh instansi menyampaikan komitmen yang akan direviu pada rapat berikutnya.',
];
