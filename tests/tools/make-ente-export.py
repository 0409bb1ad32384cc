#!/usr/bin/env python3
"""Writes an Ente Auth encrypted export the way Ente Auth does, with libsodium itself (PyNaCl).

Why: no encrypted Ente export is published as test data, and a file made by our own Rust code
would only prove that our reader agrees with our writer. libsodium is what Ente Auth calls
(crypto_pwhash Argon2id 1.3 for the key, crypto_secretstream_xchacha20poly1305 with one final
message for the data), so a file made here is the real format.

Usage: make-ente-export.py MEM_LIMIT_BYTES OPS_LIMIT [final|message] < URIS > export.json
(`message` tags the one message MESSAGE instead of FINAL: a stream cut short, for the tests.)
The password is read from the environment variable ENTE_PASSWORD (never the command line).
"""

import base64
import json
import os
import sys

from nacl import bindings as sodium
from nacl.utils import random


def main() -> None:
    mem_limit, ops_limit = int(sys.argv[1]), int(sys.argv[2])
    password = os.environ["ENTE_PASSWORD"].encode("utf-8")
    tag = {
        "final": sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
        "message": sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    }[sys.argv[3] if len(sys.argv) > 3 else "final"]
    plaintext = sys.stdin.buffer.read()
    salt = random(sodium.crypto_pwhash_SALTBYTES)
    key = sodium.crypto_pwhash_alg(
        sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES,
        password,
        salt,
        ops_limit,
        mem_limit,
        sodium.crypto_pwhash_ALG_ARGON2ID13,
    )
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    sealed = sodium.crypto_secretstream_xchacha20poly1305_push(
        state, plaintext, None, tag
    )
    b64 = lambda b: base64.b64encode(b).decode("ascii")
    json.dump(
        {
            "version": 1,
            "kdfParams": {"memLimit": mem_limit, "opsLimit": ops_limit, "salt": b64(salt)},
            "encryptedData": b64(sealed),
            "encryptionNonce": b64(header),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
