// SPDX-FileCopyrightText: 2026 Study Planner contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// mapwait: start a program and measure how long it takes to map its first top-level window.
//
//   mapwait [--settle SECONDS] [--timeout SECONDS] [--log FILE] -- COMMAND [ARG...]
//
// Watches the root window of $DISPLAY for MapNotify before forking, so nothing is missed and no
// polling delay is added; a window counts when its _NET_WM_PID is the child's pid. After the map it
// waits --settle seconds (default 1), reads VmRSS and VmHWM of the child, stops it and prints
//   startup_ms=<float> rss_kb=<int> hwm_kb=<int>
// Exit status: 0 on success, 1 when the program exited or timed out before mapping a window.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <string>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>

namespace {

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

long windowPid(Display *display, Window window, Atom pidAtom)
{
    Atom type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long remaining = 0;
    unsigned char *data = nullptr;
    long pid = -1;
    if (XGetWindowProperty(display, window, pidAtom, 0, 1, False, XA_CARDINAL, &type, &format, &count, &remaining,
                           &data)
            == Success
        && data) {
        if (type == XA_CARDINAL && format == 32 && count == 1) {
            long value = 0;
            std::memcpy(&value, data, sizeof value); // Xlib hands 32-bit items back as longs
            pid = value;
        }
        XFree(data);
    }
    return pid;
}

long statusKb(pid_t pid, const char *field)
{
    const std::string path = "/proc/" + std::to_string(pid) + "/status";
    FILE *file = std::fopen(path.c_str(), "r");
    if (!file) {
        return -1;
    }
    char line[256];
    long value = -1;
    const size_t length = std::strlen(field);
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            value = std::strtol(line + length + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(file);
    return value;
}

void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    for (int i = 0; i < 50; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            return;
        }
        usleep(100000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

int usage()
{
    std::fprintf(stderr, "usage: mapwait [--settle SECONDS] [--timeout SECONDS] [--log FILE] -- COMMAND [ARG...]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    double settle = 1.0;
    double timeout = 60.0;
    const char *logPath = nullptr;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            ++i;
            break;
        }
        if (i + 1 >= argc) {
            return usage();
        }
        if (arg == "--settle") {
            settle = std::atof(argv[++i]);
        } else if (arg == "--timeout") {
            timeout = std::atof(argv[++i]);
        } else if (arg == "--log") {
            logPath = argv[++i];
        } else {
            return usage();
        }
    }
    if (i >= argc) {
        return usage();
    }

    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "mapwait: cannot open the display\n");
        return 2;
    }
    const Atom pidAtom = XInternAtom(display, "_NET_WM_PID", False);
    XSelectInput(display, XDefaultRootWindow(display), SubstructureNotifyMask);
    XSync(display, False);

    const double start = now();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("mapwait: fork");
        return 2;
    }
    if (child == 0) {
        close(XConnectionNumber(display));
        if (logPath) {
            const int fd = open(logPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd >= 0) {
                dup2(fd, STDOUT_FILENO);
                dup2(fd, STDERR_FILENO);
                close(fd);
            }
        }
        execvp(argv[i], argv + i);
        std::fprintf(stderr, "mapwait: cannot run %s: %s\n", argv[i], std::strerror(errno));
        _exit(127);
    }

    double mapped = -1;
    while (mapped < 0) {
        while (XPending(display) > 0) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == MapNotify && !event.xmap.override_redirect
                && windowPid(display, event.xmap.window, pidAtom) == child) {
                mapped = now();
                break;
            }
        }
        if (mapped >= 0) {
            break;
        }
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            if (WIFSIGNALED(status)) {
                std::fprintf(stderr, "mapwait: %s died of signal %d before mapping a window\n", argv[i],
                             WTERMSIG(status));
            } else {
                std::fprintf(stderr, "mapwait: %s exited with code %d before mapping a window\n", argv[i],
                             WEXITSTATUS(status));
            }
            return 1;
        }
        if (now() - start > timeout) {
            std::fprintf(stderr, "mapwait: no window after %g s\n", timeout);
            stop(child);
            return 1;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(XConnectionNumber(display), &fds);
        timeval tv{0, 20000}; // wakes up to notice a child that died
        select(XConnectionNumber(display) + 1, &fds, nullptr, nullptr, &tv);
    }

    usleep(static_cast<useconds_t>(settle * 1e6));
    const long rss = statusKb(child, "VmRSS");
    const long hwm = statusKb(child, "VmHWM");
    stop(child);
    XCloseDisplay(display);
    std::printf("startup_ms=%.1f rss_kb=%ld hwm_kb=%ld\n", (mapped - start) * 1000.0, rss, hwm);
    return rss < 0 ? 1 : 0;
}
