//! Starting at login on Windows: the `knotless` value under
//! `HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run`, `"<exe>" run`. A value
//! that does not start this program (another install's) is left alone when turning it off.

use crate::daemon::ports::{Autostart, AutostartError, Change};
use std::path::PathBuf;
use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    HKEY, HKEY_CURRENT_USER, KEY_QUERY_VALUE, KEY_SET_VALUE, REG_OPTION_NON_VOLATILE, REG_SZ,
    RegCloseKey, RegCreateKeyExW, RegDeleteValueW, RegQueryValueExW, RegSetValueExW,
};

const RUN_KEY: &str = r"Software\Microsoft\Windows\CurrentVersion\Run";
const VALUE: &str = "knotless";

pub struct RunKey {
    /// Where knotless is installed; `Err` when the system cannot tell.
    pub exe: std::io::Result<PathBuf>,
}

fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain([0]).collect()
}

/// The command line the value holds for `exe`.
pub fn command(exe: &std::path::Path) -> String {
    format!("\"{}\" run", exe.display())
}

/// The Run key, opened for reading and writing.
struct Key(HKEY);

impl Key {
    fn open() -> Result<Key, AutostartError> {
        let mut key: HKEY = std::ptr::null_mut();
        // SAFETY: valid root key, NUL-terminated name, `key` receives the handle.
        let status = unsafe {
            RegCreateKeyExW(
                HKEY_CURRENT_USER,
                wide(RUN_KEY).as_ptr(),
                0,
                std::ptr::null(),
                REG_OPTION_NON_VOLATILE,
                KEY_QUERY_VALUE | KEY_SET_VALUE,
                std::ptr::null(),
                &mut key,
                std::ptr::null_mut(),
            )
        };
        if status != ERROR_SUCCESS {
            return Err(failed("open", status));
        }
        Ok(Key(key))
    }

    /// The value's text, if there is one.
    fn get(&self) -> Option<String> {
        let mut buffer = [0_u16; 1024];
        let mut size = std::mem::size_of_val(&buffer) as u32;
        let mut kind = 0;
        // SAFETY: `buffer` is writable for `size` bytes.
        let status = unsafe {
            RegQueryValueExW(
                self.0,
                wide(VALUE).as_ptr(),
                std::ptr::null(),
                &mut kind,
                buffer.as_mut_ptr().cast(),
                &mut size,
            )
        };
        if status != ERROR_SUCCESS || kind != REG_SZ {
            return None;
        }
        let units = (size as usize / 2).min(buffer.len());
        let text = String::from_utf16_lossy(&buffer[..units]);
        Some(text.trim_end_matches('\0').to_owned())
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // SAFETY: the key opened in `open`.
        unsafe { RegCloseKey(self.0) };
    }
}

fn failed(what: &str, status: u32) -> AutostartError {
    AutostartError(format!(
        "cannot {what} HKCU\\{RUN_KEY}\\{VALUE}: {}",
        std::io::Error::from_raw_os_error(status as i32)
    ))
}

impl Autostart for RunKey {
    fn apply(&mut self, wanted: bool) -> Result<Change, AutostartError> {
        let exe = self
            .exe
            .as_ref()
            .map_err(|e| AutostartError(format!("cannot tell where knotless is installed: {e}")))?;
        let key = Key::open()?;
        let ours = command(exe);
        let now = key.get();
        match (wanted, now) {
            (true, Some(now)) if now == ours => Ok(Change::Unchanged),
            (true, _) => {
                let data = wide(&ours);
                // SAFETY: `data` is a NUL-terminated UTF-16 string of the size given.
                let status = unsafe {
                    RegSetValueExW(
                        key.0,
                        wide(VALUE).as_ptr(),
                        0,
                        REG_SZ,
                        data.as_ptr().cast(),
                        (data.len() * 2) as u32,
                    )
                };
                if status != ERROR_SUCCESS {
                    return Err(failed("write", status));
                }
                Ok(Change::Written)
            }
            // Another install's value: not ours to remove.
            (false, Some(now)) if now != ours => Ok(Change::Unchanged),
            (false, Some(_)) => {
                // SAFETY: the key is open; NUL-terminated value name.
                let status = unsafe { RegDeleteValueW(key.0, wide(VALUE).as_ptr()) };
                if status != ERROR_SUCCESS && status != ERROR_FILE_NOT_FOUND {
                    return Err(failed("remove", status));
                }
                Ok(Change::Removed)
            }
            (false, None) => Ok(Change::Unchanged),
        }
    }

    fn enabled(&self) -> bool {
        let (Ok(exe), Ok(key)) = (self.exe.as_ref(), Key::open()) else {
            return false;
        };
        key.get().is_some_and(|now| now == command(exe))
    }
}
