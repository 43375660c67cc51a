/**
 * Who signs a PDF, without assuming where the key lives. The CMS is built
 * around the signer (electron/pdf/signing/cades-signature.ts): the signer
 * only hands out its certificates and signs the DER bytes of the CMS signed
 * attributes with SHA-256.
 *
 * Today: `pkcs12Signer` (a .p12/.pfx file and its passphrase). Next
 * (ROADMAP 1): a PKCS#11 smart-card signer (Turkish qualified e-imza cards
 * through the card's PKCS#11 module, e.g. with `pkcs11js`): `certificate`
 * and `chain` read from the token's certificate objects, `sign` = C_SignInit
 * with CKM_SHA256_RSA_PKCS (or CKM_ECDSA over the SHA-256 digest) on the
 * private key object after C_Login with the PIN the user types. Nothing else
 * in the signing code changes.
 */
export type SignatureAlgorithm = 'rsa-pkcs1-sha256' | 'ecdsa-sha256';

export type Signer = {
  /** DER of the signing certificate. */
  readonly certificate: Uint8Array;
  /** DER of the issuing certificates, nearest first (may be empty). */
  readonly chain: readonly Uint8Array[];
  readonly algorithm: SignatureAlgorithm;
  /** The signature over `data` (hashing included): PKCS#1 v1.5 for RSA, DER (r, s) for ECDSA. */
  readonly sign: (data: Uint8Array) => Promise<Uint8Array>;
};
