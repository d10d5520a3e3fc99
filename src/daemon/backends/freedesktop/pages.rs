//! Keeps the daemon's share of its own binary small. The binary holds the windows too
//! (eframe, egui_plot), which the daemon never runs; but on each page fault in a file
//! mapping the kernel maps the neighbouring pages as well (fault-around, whole large
//! folios), so code the daemon never executes becomes resident beside code it does.
//! `MADV_RANDOM` on the binary's read-only mappings turns that off, and `MADV_DONTNEED`
//! then lets go of what start-up mapped: the pages stay in the page cache and come back
//! one by one as they are used. Only mappings without private copies are let go (never
//! the relocated or writable ones), so nothing is lost.

/// Advises the kernel, once at start-up; failures only cost memory, so they are logged.
pub fn trim_fault_around() {
    advise(true);
}

/// Lets go, once start-up is over, of the binary's pages that only starting used (reading
/// the exercise library and the config, setting up the bus connections): they stay in the
/// page cache and come back one by one if ever used again. Measured: 8.1–8.2 MiB PSS
/// idle before, see `docs/performance.md` for after.
pub fn let_go_of_start_up() {
    advise(false);
}

/// Lets go of the binary's pages again after the calendars were read (at start, when a
/// file changes, once a day): the parser and the recurrence engine are code the daemon runs
/// that rarely, and would otherwise stay resident. Measured: +3.4 MiB PSS (debug build) with
/// a calendar configured, none after this.
pub fn let_go_after_calendars() {
    advise(false);
}

fn advise(random: bool) {
    let Ok(exe) = std::fs::read_link("/proc/self/exe") else {
        return;
    };
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else {
        return;
    };
    let mut advised = 0usize;
    for (line, private_copies) in mappings(&smaps) {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms), Some(_offset), Some(_dev), Some(_inode), Some(path)) = (
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
            fields.next(),
        ) else {
            continue;
        };
        if std::path::Path::new(path) != exe || perms.contains('w') || private_copies != 0 {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (
            usize::from_str_radix(start, 16),
            usize::from_str_radix(end, 16),
        ) else {
            continue;
        };
        let (addr, len) = (start as *mut core::ffi::c_void, end - start);
        // SAFETY: the range is a whole read-only mapping of this process's own file with no
        // private (changed) pages, read from /proc/self/smaps: MADV_RANDOM changes only how
        // it is paged in, and MADV_DONTNEED on such a mapping drops page-table entries that
        // fault back in from the same file, unchanged.
        let result = unsafe {
            if random {
                rustix::mm::madvise(addr, len, rustix::mm::Advice::Random)
            } else {
                Ok(())
            }
            .and_then(|()| rustix::mm::madvise(addr, len, rustix::mm::Advice::LinuxDontNeed))
        };
        match result {
            Ok(()) => advised += end - start,
            Err(e) => tracing::debug!("madvise {range}: {e}"),
        }
    }
    tracing::debug!(
        "let go of {} KiB of the binary (fault-around off: {random})",
        advised / 1024
    );
}

/// Each mapping's header line of `/proc/self/smaps` with its `Anonymous` KiB: pages this
/// process changed (copied on write), which must never be dropped.
fn mappings(smaps: &str) -> Vec<(&str, u64)> {
    let mut out: Vec<(&str, u64)> = Vec::new();
    for line in smaps.lines() {
        if let Some(kib) = line.strip_prefix("Anonymous:") {
            if let Some(last) = out.last_mut() {
                last.1 = kib
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse()
                    .unwrap_or(u64::MAX);
            }
        } else if line
            .split_whitespace()
            .next()
            .is_some_and(|f| f.contains('-') && !f.ends_with(':'))
        {
            out.push((line, u64::MAX));
        }
    }
    out
}
