import { ExchangeError, shownText } from '../../shared/exchange/errors';
import { exchangeLimits, type ExchangeLimits } from '../../shared/exchange/limits';
import { bufferSource, fileSource, SourceReader, type ByteSource } from './byte-io';
import { readHeader } from './envelope';
import {
  scanPackage,
  type LocalOffice,
  type PackageVerdict,
  type PackageVisitor,
  type ScanContext,
  type TrustedOffice,
} from './package-scan';

export type { AttachmentSink, LocalOffice, PackageVerdict, PackageVisitor, TrustedOffice } from './package-scan';

/**
 * Reading `.sirakor` packages. Nothing is handed to the caller before the whole package has been
 * checked: `readPackage` reads it once to verify and a second time to deliver its records and
 * files. Should the file change between the two reads, the second read fails at the first
 * difference or at the latest at its end; the caller applies inside one transaction and rolls it
 * back when `readPackage` throws, so a package is applied whole or not at all.
 */

export type PackageInput = string | Uint8Array | ByteSource;

export interface ReadContext {
  local: LocalOffice;
  /** The trusted office with this id, or null. */
  trusted(officeId: string): TrustedOffice | null;
  limits?: Partial<ExchangeLimits>;
}

function withSource<T>(input: PackageInput, use: (source: ByteSource) => T): T {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return use(input);
  const source = typeof input === 'string' ? fileSource(input) : bufferSource(input);
  try {
    return use(source);
  } finally {
    source.close();
  }
}

function scanContext(context: ReadContext): ScanContext {
  return { local: context.local, trusted: context.trusted, limits: exchangeLimits(context.limits) };
}

/**
 * Checks a whole package and says whether it can be applied (`ready`) or first needs the user
 * to trust its sender (`needs-trust`, with the sender's *kode verifikasi* in `sender.kode`).
 * Throws `ExchangeError` for everything else.
 */
export function verifyPackage(input: PackageInput, context: ReadContext): PackageVerdict {
  return withSource(input, (source) => scanPackage(new SourceReader(source), scanContext(context), null));
}

/**
 * Verifies the package, then reads it again handing its records, in order, and its attached
 * files to `visitor`. A sender not yet trusted is refused (`UNTRUSTED_SENDER`): ask the user,
 * record the trust, and read again.
 */
export function readPackage(input: PackageInput, context: ReadContext, visitor: PackageVisitor): PackageVerdict {
  return withSource(input, (source) => {
    const scan = scanContext(context);
    const verdict = scanPackage(new SourceReader(source), scan, null);
    if (verdict.status !== 'ready')
      throw new ExchangeError('UNTRUSTED_SENDER', {
        office: shownText(verdict.sender.name),
        kode: verdict.sender.kode,
      });
    const delivered = scanPackage(new SourceReader(source), scan, visitor);
    if (delivered.packageSha256 !== verdict.packageSha256) throw new ExchangeError('DAMAGED');
    return delivered;
  });
}

/** What the header alone tells, before any key is used: for a folder of packages, which ones are for this office. */
export function readPackageHeader(input: PackageInput): {
  format: number;
  encrypted: boolean;
  recipientOfficeId: string | null;
} {
  return withSource(input, (source) => {
    const header = readHeader(new SourceReader(source));
    return {
      format: header.format,
      encrypted: header.encrypted,
      recipientOfficeId: header.recipient?.officeId ?? null,
    };
  });
}
