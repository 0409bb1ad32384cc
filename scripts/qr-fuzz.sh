#!/usr/bin/env bash
# Long fuzz run of the QR decoder's property tests (random frame geometries, damaged codes,
# random image bytes). The normal test run does a few dozen cases each; this does many more,
# in a release build. Bounded: QR_FUZZ_CASES (default 5000) cases per property.
#   scripts/qr-fuzz.sh            # ~a few minutes on 2 cores
#   QR_FUZZ_CASES=200 scripts/qr-fuzz.sh   # a short run
set -euo pipefail
cd "$(dirname "$0")/.."
export QR_FUZZ_CASES="${QR_FUZZ_CASES:-5000}"
exec cargo test --release -p motp-core --features qr --test qr -- \
    random_geometry_never_panics damaged_codes_never_decode_wrong codes_at_the_edges_never_panic random_image_bytes_never_panic \
    garbage_frames_find_nothing
