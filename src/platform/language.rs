//! The user's languages as the desktop gives them, and choosing the one this process speaks
//! (`knotless_i18n::choose`): `[ui] language`, else these, else English.

use crate::platform::paths::Paths;

/// The desktop's languages, most wanted first: the environment, read as gettext does
/// (`knotless_i18n::preferences_from_env`); on Windows then the user's UI languages (a
/// `LANG` set by hand in a terminal, or by Wine from the Unix side, is the more deliberate
/// choice, so it comes first; a plain Windows session sets none).
pub fn preferences() -> Vec<String> {
    let mut found = knotless_i18n::preferences_from_env(|name| std::env::var(name).ok());
    found.extend(windows_ui_languages());
    found
}

/// Sets the language of this process from `setting` (`[ui] language`) and the desktop's.
pub fn apply(setting: &str) -> &'static str {
    let code = knotless_i18n::choose(setting, &preferences());
    knotless_i18n::set_language(code);
    code
}

/// Sets the language from the user's config file (quietly: a problem in the file is the
/// command's to report) and the desktop's.
pub fn apply_from_config(paths: &Paths) -> &'static str {
    let setting = crate::config::load_file(&paths.config_file())
        .ok()
        .flatten()
        .map(|loaded| loaded.settings.ui.language)
        .unwrap_or_default();
    apply(&setting)
}

#[cfg(windows)]
fn windows_ui_languages() -> Vec<String> {
    use windows_sys::Win32::Globalization::{GetUserPreferredUILanguages, MUI_LANGUAGE_NAME};
    let mut count = 0u32;
    let mut len = 0u32;
    // SAFETY: a first call with no buffer asks only for the length.
    let ok = unsafe {
        GetUserPreferredUILanguages(
            MUI_LANGUAGE_NAME,
            &mut count,
            std::ptr::null_mut(),
            &mut len,
        )
    };
    if ok == 0 || len == 0 {
        return Vec::new();
    }
    let mut buffer = vec![0u16; len as usize];
    // SAFETY: the buffer holds `len` UTF-16 units, as the first call asked for.
    let ok = unsafe {
        GetUserPreferredUILanguages(MUI_LANGUAGE_NAME, &mut count, buffer.as_mut_ptr(), &mut len)
    };
    if ok == 0 {
        return Vec::new();
    }
    // A list of names, each ended by a NUL, the list by another ("de-DE\0en-US\0\0").
    String::from_utf16_lossy(&buffer)
        .split('\0')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(not(windows))]
fn windows_ui_languages() -> Vec<String> {
    Vec::new()
}
