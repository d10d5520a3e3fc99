//! Only what is shown is parsed: a text parses the one file of its language that defines it
//! (its own test binary, so no other test has parsed anything before).

#[test]
fn a_text_parses_only_its_file_and_english_stays_unparsed() {
    let pause = knotless_i18n::with_language("de", || knotless_i18n::t!("tray-pause"));
    assert_ne!(pause, "tray-pause");
    assert_eq!(knotless_i18n::parsed_files("de"), ["tray.ftl"]);
    assert!(knotless_i18n::parsed_files("en").is_empty());
    knotless_i18n::with_language("de", || knotless_i18n::t!("tray-resume"));
    assert_eq!(
        knotless_i18n::parsed_files("de"),
        ["tray.ftl"],
        "the same file serves"
    );
}
