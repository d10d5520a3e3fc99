/* Wine 8.0 has no bcryptprimitives.dll, and Rust's standard library imports ProcessPrng
 * from it for random numbers. This stand-in, used only to run the Windows build under Wine
 * (scripts/wine-run puts it in the Wine prefix; it is not shipped), answers ProcessPrng
 * with advapi32's RtlGenRandom (SystemFunction036), which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
