//! Scripts egui's own fonts lack. eframe's `system_fonts` finds an installed font for any
//! character they miss (Japanese through Noto Sans CJK, Yu Gothic and the like); this module
//! asks the same provider, before a window opens, whether such a font exists at all, so that
//! a window never shows rows of boxes: without one it speaks English and says why.

use eframe::egui;
use eframe::egui::epaint::text::{FallbackRequest, FontFamily, FontProvider};
use knotless_i18n::{ENGLISH, language, needs_cjk_font, set_language};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set when the language the user chose could not be drawn.
static MISSING: AtomicBool = AtomicBool::new(false);

/// A character only the language's script has (kana for Japanese).
fn sample(lang: &str) -> &'static str {
    match lang.split('-').next() {
        Some("ko") => "한",
        Some("zh") => "中",
        _ => "あ",
    }
}

/// Whether an installed font can draw `lang` (languages in Latin script always can).
pub fn can_draw(lang: &str) -> bool {
    if !needs_cjk_font(lang) {
        return true;
    }
    let provider = egui_system_font_provider::SystemFontProvider::new();
    provider
        .font_for(&FallbackRequest {
            cluster: sample(lang),
            family: &FontFamily::Proportional,
        })
        .is_some()
}

/// Before a window opens: speaks English instead of a language no installed font can draw.
pub fn ensure_drawable() {
    let lang = language();
    if !can_draw(lang) {
        tracing::warn!("no installed font draws {lang}; this window speaks English");
        MISSING.store(true, Ordering::Relaxed);
        set_language(ENGLISH);
    }
}

/// The line a window shows when its language could not be drawn (in English: no font for
/// the other is there), or `None`.
fn missing_note() -> Option<&'static str> {
    MISSING.load(Ordering::Relaxed).then_some(
        "Your language needs a font that is not installed, so this window is in English. \
         Install one (Debian and Ubuntu: fonts-noto-cjk; Fedora: google-noto-sans-cjk-fonts) \
         and open it again.",
    )
}

/// Shows [`missing_note`] at the top of a window, when there is one.
pub fn note_missing_font(ui: &mut egui::Ui) {
    if let Some(note) = missing_note() {
        ui.label(egui::RichText::new(note).strong());
        ui.separator();
    }
}
