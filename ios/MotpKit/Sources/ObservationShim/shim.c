// Linux only (the package links this target only there): Swift 6.0.3's libswiftObservation.so
// refers to swift::threading::fatal(const char *, ...), which the Linux runtime does not export
// (swiftlang/swift#75670, fixed in Swift 6.2). This defines it under its mangled name with the
// same behaviour: print the message and stop. Not linked on Apple platforms.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "ObservationShim.h"

void _ZN5swift9threading5fatalEPKcz(const char *format, ...) {
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    abort();
}
