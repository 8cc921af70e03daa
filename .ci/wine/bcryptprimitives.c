/* bcryptprimitives.dll for Wine 8.0, which has none: the one function Rust's standard library
 * loads from it. See README.md next to this file. Built by .ci/windows-tests.sh:
 *   x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom: advapi32's exported SystemFunction036, the random source Windows has had
 * since XP. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Fills data with len random bytes; always returns TRUE, as the real ProcessPrng does (it fails
 * by terminating the process). A request above 4 GiB is served in ULONG-sized pieces. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x80000000u ? 0x80000000u : (ULONG)len;
        if (!SystemFunction036(data, chunk)) {
            ExitProcess(0xC0000001); /* STATUS_UNSUCCESSFUL: never hand out unfilled bytes */
        }
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
