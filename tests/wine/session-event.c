/* A helper for scripts/test-windows, built with MinGW and run under Wine: it tells
 * knotless's shell window what Windows itself would on a screen lock or unlock
 * (WM_WTSSESSION_CHANGE), on a suspend or resume (WM_POWERBROADCAST) and on logging off
 * (WM_ENDSESSION). Wine sends none of these to a program on its desktop, so this is how the
 * test reaches the daemon's handling of them; that Windows sends them is documented, not
 * tested here.
 *
 * Usage: session-event lock|unlock|suspend|resume|logoff
 * Run it on the daemon's Wine desktop: FindWindow looks on the caller's desktop only. */
#include <windows.h>
#include <stdio.h>
#include <string.h>

#ifndef WM_WTSSESSION_CHANGE
#define WM_WTSSESSION_CHANGE 0x02B1
#endif
#ifndef WTS_SESSION_LOCK
#define WTS_SESSION_LOCK 0x7
#define WTS_SESSION_UNLOCK 0x8
#endif

int main(int argc, char **argv)
{
    static const struct { const char *name; UINT message; WPARAM wparam; LPARAM lparam; } events[] = {
        { "lock", WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0 },
        { "unlock", WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK, 0 },
        { "suspend", WM_POWERBROADCAST, PBT_APMSUSPEND, 0 },
        { "resume", WM_POWERBROADCAST, PBT_APMRESUMESUSPEND, 0 },
        { "logoff", WM_ENDSESSION, TRUE, ENDSESSION_LOGOFF },
    };
    if (argc == 2) {
        for (size_t i = 0; i < sizeof events / sizeof events[0]; i++) {
            if (strcmp(argv[1], events[i].name) != 0)
                continue;
            HWND window = FindWindowW(L"knotless-shell", NULL);
            if (window == NULL) {
                fprintf(stderr, "session-event: no knotless-shell window on this desktop\n");
                return 1;
            }
            if (!PostMessageW(window, events[i].message, events[i].wparam, events[i].lparam)) {
                fprintf(stderr, "session-event: PostMessage failed (%lu)\n", GetLastError());
                return 1;
            }
            return 0;
        }
    }
    fprintf(stderr, "usage: session-event lock|unlock|suspend|resume|logoff\n");
    return 2;
}
