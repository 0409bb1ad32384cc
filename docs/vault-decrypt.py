#!/usr/bin/env python3
"""Decrypt an mOTP Token vault (docs/vault-format.md) with its password, independently of the app.

    python3 docs/vault-decrypt.py VAULT_FILE            # asks for the password
    python3 docs/vault-decrypt.py VAULT_FILE < pwfile   # password on the first line of stdin

Prints the decrypted content (tokens, secrets, PINs!) as JSON on stdout. Needs only the
`cryptography` package (>= 44, for Argon2id). XChaCha20-Poly1305 is built here from HChaCha20
(20 lines below) and the IETF ChaCha20-Poly1305 that `cryptography` provides.
"""
import base64
import getpass
import json
import struct
import sys

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


def hchacha20(key: bytes, nonce16: bytes) -> bytes:
    """HChaCha20 (draft-irtf-cfrg-xchacha, section 2.2): derives the XChaCha20 subkey."""
    def rotl(v, n):
        return ((v << n) & 0xFFFFFFFF) | (v >> (32 - n))

    def qr(s, a, b, c, d):
        s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 16)
        s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 12)
        s[a] = (s[a] + s[b]) & 0xFFFFFFFF; s[d] = rotl(s[d] ^ s[a], 8)
        s[c] = (s[c] + s[d]) & 0xFFFFFFFF; s[b] = rotl(s[b] ^ s[c], 7)

    s = list(struct.unpack("<4I", b"expand 32-byte k") + struct.unpack("<8I", key)
             + struct.unpack("<4I", nonce16))
    for _ in range(10):
        qr(s, 0, 4, 8, 12); qr(s, 1, 5, 9, 13); qr(s, 2, 6, 10, 14); qr(s, 3, 7, 11, 15)
        qr(s, 0, 5, 10, 15); qr(s, 1, 6, 11, 12); qr(s, 2, 7, 8, 13); qr(s, 3, 4, 9, 14)
    return struct.pack("<8I", *(s[0:4] + s[12:16]))


def xchacha20poly1305_decrypt(key: bytes, nonce24: bytes, ct: bytes, aad: bytes) -> bytes:
    subkey = hchacha20(key, nonce24[:16])
    return ChaCha20Poly1305(subkey).decrypt(b"\0\0\0\0" + nonce24[16:], ct, aad)


def canonical(obj) -> bytes:
    """The canonical JSON the header is authenticated as (keys sorted, no spaces, UTF-8)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], "rb") as f:
        vault = json.load(f)
    if vault.get("format") != "motp-token-vault":
        sys.exit("not an mOTP Token vault")
    if vault.get("version") not in (1, 2, 3):
        sys.exit(f"vault format version {vault.get('version')} is not one this script reads")
    password = (getpass.getpass("Vault password: ") if sys.stdin.isatty()
                else sys.stdin.readline().rstrip("\r\n")).encode()

    master_key = None
    for slot in vault["slots"]:
        if slot["type"] != "password":
            continue  # platform slots need the device's key store
        kdf = slot["kdf"]
        kek = Argon2id(salt=base64.b64decode(slot["salt"]), length=32,
                       iterations=kdf["iterations"], lanes=kdf["parallelism"],
                       memory_cost=kdf["memory_kib"]).derive(password)
        slot_aad = canonical({k: v for k, v in slot.items() if k != "wrapped_key"})
        try:
            master_key = xchacha20poly1305_decrypt(
                kek, base64.b64decode(slot["nonce"]), base64.b64decode(slot["wrapped_key"]),
                slot_aad)
            break
        except Exception:
            continue
    if master_key is None:
        sys.exit("wrong password (no password slot opened)")

    header = {k: v for k, v in vault.items() if k != "ciphertext"}
    content = xchacha20poly1305_decrypt(
        master_key, base64.b64decode(vault["nonce"]), base64.b64decode(vault["ciphertext"]),
        canonical(header))
    data = json.loads(content)
    assert data["generation"] == vault["generation"], "header and content generations differ"
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
