#!/usr/bin/env bash
# Part of `make test`: type-checks the fuzz targets of Fuzz/ against the modules of the debug
# build in .build (about a second of CPU), so that they keep up with the code they call. The
# libFuzzer build itself is `make fuzz` (a release copy of every module under ASan: minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
MODULES=.build/debug/Modules
# The C modules under Yams and GRDB, which importing Dialogue and IntentMatching reaches.
MAPS=(-Xcc -fmodule-map-file=.build/checkouts/Yams/Sources/CYaml/include/module.modulemap
  -Xcc -fmodule-map-file=.build/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

"$SWIFTC" -emit-module -parse-as-library -module-name FuzzSupport -I "$MODULES" "${MAPS[@]}" \
  -emit-module-path "$OUT/FuzzSupport.swiftmodule" Fuzz/Sources/FuzzSupport/*.swift
for folder in Fuzz/Sources/Fuzz*/; do
  target=$(basename "$folder")
  [ "$target" = FuzzSupport ] && continue
  "$SWIFTC" -typecheck -parse-as-library -module-name "$target" -I "$MODULES" -I "$OUT" \
    "${MAPS[@]}" "$folder"*.swift
done
echo "fuzz targets type-check"
