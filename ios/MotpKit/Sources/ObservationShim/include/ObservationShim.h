// See shim.c: swift::threading::fatal for Swift 6.0.3's Observation runtime on Linux.
#pragma once
void _ZN5swift9threading5fatalEPKcz(const char *format, ...) __attribute__((noreturn));
