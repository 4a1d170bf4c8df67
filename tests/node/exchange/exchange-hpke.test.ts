import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decap, encap, keySchedule, setupBaseReceiver, setupBaseSender } from '../../../electron/exchange/hpke';
import { privateKeyFromRaw, publicKeyFromRaw, rawPublicKeyText } from '../../../electron/exchange/keys';

/**
 * HPKE against RFC 9180, Appendix A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
 * ChaCha20Poly1305, base mode. Every intermediate value the RFC gives is checked, so a key
 * schedule that merely agrees with itself cannot pass.
 */
const A21 = {
  info: '4f6465206f6e2061204772656369616e2055726e',
  skEm: 'f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600',
  pkEm: '1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a',
  skRm: '8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb',
  pkRm: '4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a',
  enc: '1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a',
  sharedSecret: '0bbe78490412b4bbea4812666f7916932b828bba79942424abb65244930d69a7',
  key: 'ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91',
  baseNonce: '5c4d98150661b848853b547f',
  exporterSecret: 'a3b010d4994890e2c6968a36f64470d3c824c8f5029942feb11e7a74b2921922',
  pt: '4265617574792069732074727574682c20747275746820626561757479',
  /** Sequence number → [aad, ciphertext with tag]. */
  encryptions: new Map<number, [string, string]>([
    [
      0,
      ['436f756e742d30', '1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db21993c62ce81883d2dd1b51a28'],
    ],
    [
      1,
      ['436f756e742d31', '6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e85285337cc95ba5f59992dc98c'],
    ],
    [
      2,
      ['436f756e742d32', '71146bd6795ccc9c49ce25dda112a48f202ad220559502cef1f34271e0cb4b02b4f10ecac6f48c32f878fae86b'],
    ],
    [
      255,
      [
        '436f756e742d323535',
        '18ab939d63ddec9f6ac2b60d61d36a7375d2070c9b683861110757062c52b8880a5f6b3936da9cd6c23ef2a95c',
      ],
    ],
  ]),
};

const hex = (text: string) => Buffer.from(text, 'hex');

describe('HPKE (RFC 9180 A.2.1)', () => {
  const ephemeral = privateKeyFromRaw(hex(A21.skEm), 'x25519');
  const recipient = privateKeyFromRaw(hex(A21.skRm), 'x25519');
  const recipientPublic = publicKeyFromRaw(hex(A21.pkRm), 'x25519');

  it('derives the public keys of the vector from its private keys', () => {
    expect(Buffer.from(rawPublicKeyText(ephemeral), 'base64url').toString('hex')).toBe(A21.pkEm);
    expect(Buffer.from(rawPublicKeyText(recipient), 'base64url').toString('hex')).toBe(A21.pkRm);
  });

  it('Encap and Decap give the shared secret and the encapsulation of the vector', () => {
    const { sharedSecret, enc } = encap(recipientPublic, ephemeral);
    expect(enc.toString('hex')).toBe(A21.enc);
    expect(sharedSecret.toString('hex')).toBe(A21.sharedSecret);
    expect(decap(hex(A21.enc), recipient).toString('hex')).toBe(A21.sharedSecret);
  });

  it('the key schedule gives the key, base nonce and exporter secret of the vector', () => {
    const context = keySchedule(hex(A21.sharedSecret), hex(A21.info));
    expect(context.key.toString('hex')).toBe(A21.key);
    expect(context.baseNonce.toString('hex')).toBe(A21.baseNonce);
    expect(context.exporterSecret.toString('hex')).toBe(A21.exporterSecret);
  });

  it('seals and opens the vector’s messages at sequence numbers 0, 1, 2 and 255', () => {
    const { enc, context: sender } = setupBaseSender(recipientPublic, hex(A21.info), ephemeral);
    const receiver = setupBaseReceiver(enc, recipient, hex(A21.info));
    for (let sequence = 0; sequence <= 255; sequence++) {
      const expected = A21.encryptions.get(sequence);
      const aad = expected ? hex(expected[0]) : Buffer.from(`Count-${sequence}`);
      const sealed = sender.seal(aad, hex(A21.pt));
      if (expected) expect(sealed.toString('hex'), `sequence ${sequence}`).toBe(expected[1]);
      expect(receiver.open(aad, sealed).toString('hex')).toBe(A21.pt);
    }
  });

  it('refuses a changed ciphertext, aad, info, order or recipient', () => {
    const fresh = () => setupBaseReceiver(hex(A21.enc), recipient, hex(A21.info));
    const [aad, ct] = A21.encryptions.get(0) as [string, string];
    const flipped = hex(ct);
    flipped[3] = (flipped[3] as number) ^ 1;
    expect(() => fresh().open(hex(aad), flipped)).toThrow();
    expect(() => fresh().open(Buffer.from('Count-9'), hex(ct))).toThrow();
    expect(() =>
      setupBaseReceiver(hex(A21.enc), recipient, Buffer.from('other info')).open(hex(aad), hex(ct)),
    ).toThrow();
    // The message of sequence 1 opened first: the nonce differs.
    const [aad1, ct1] = A21.encryptions.get(1) as [string, string];
    expect(() => fresh().open(hex(aad1), hex(ct1))).toThrow();
    const stranger = generateKeyPairSync('x25519').privateKey;
    expect(() => setupBaseReceiver(hex(A21.enc), stranger, hex(A21.info)).open(hex(aad), hex(ct))).toThrow();
    expect(() => fresh().open(hex(aad), hex(ct).subarray(0, 10))).toThrow();
  });

  it('a failed open leaves the sequence where it was, as the RFC says', () => {
    const receiver = setupBaseReceiver(hex(A21.enc), recipient, hex(A21.info));
    const [aad0, ct0] = A21.encryptions.get(0) as [string, string];
    const [aad1, ct1] = A21.encryptions.get(1) as [string, string];
    expect(() => receiver.open(Buffer.from('wrong aad'), hex(ct0))).toThrow();
    expect(receiver.open(hex(aad0), hex(ct0)).toString('hex')).toBe(A21.pt);
    expect(receiver.open(hex(aad1), hex(ct1)).toString('hex')).toBe(A21.pt);
  });

  it('refuses low-order public keys (an all-zero shared secret)', () => {
    const zero = Buffer.alloc(32);
    const one = Buffer.alloc(32);
    one[0] = 1;
    for (const bad of [zero, one]) {
      expect(() => decap(bad, recipient)).toThrow();
      expect(() => encap(publicKeyFromRaw(bad, 'x25519'))).toThrow();
    }
  });
});
