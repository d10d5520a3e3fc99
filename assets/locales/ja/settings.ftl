## The settings window. The labels of the config keys and the titles of their groups are
## in config.ftl.

# The window's heading.
settings-title = 設定
# The two tabs: the common choices, and everything else.
settings-page-common = 基本
settings-page-more = 詳細

## The Common page.

# A link under "Working hours" that opens the More page at the working days.
settings-set-days = 曜日と時間を設定
# A checkbox in the "Sound" row (short: the row is titled "Sound").
settings-sound-cues = 休憩中の効果音
# Before the volume slider in the "Sound" row.
settings-volume = 音量
# The text of a reminder's checkbox, followed on the same line by the field of how often:
# "小休憩: [x] 間隔 [20m]".
settings-every = 間隔
# On the More page, above the working days while working hours are off.
settings-days-unused = 「基本」ページで勤務時間をオンにすると使われます。

## Under "Working hours": the working days in a few words. $hours: the hours as the file
## writes them ("09:00-17:30"); $day, $first, $last: short weekday names (locale.ftl).

settings-hours-none = 勤務日が設定されていません
settings-hours-one-day = { $day } { $hours }
# From the first to the last day, every day between included.
settings-hours-days = { $first }–{ $last } { $hours }
settings-hours-differ = 曜日によって時間が異なります

## Notes beside fields. The values inside ("09:00-17:30", "off", ".ics", "https://") are
## written in the file as shown: keep them.

settings-hours-hint = 例：09:00-17:30、または off
settings-sources-hint = 1行に1つ：.ics ファイル、または https:// アドレス

## The choices of "When I don't answer a reminder" (movement.insist), one per value.

settings-insist-never = 見逃しとして記録
settings-insist-gentle = もう一度尋ねる
settings-insist-firm = もう一度尋ね、次はウィンドウで

# The first choice of "Language": the desktop's language (the other choices are each
# language's own name).
settings-language-auto = デスクトップと同じ

## The footer.

settings-save = 保存
settings-close = 閉じる
# Save is greyed out because a field cannot be used. $label: that field's label (config.ftl);
# $place: where it is when it is not on the page shown: "common" (on the Common page),
# "more" (under More) or "here"; $others: how many more fields cannot be used.
settings-cannot-save = 保存できません：「{ $label }」{ $place ->
        [common] （「基本」ページ）
        [more] （「詳細」）
       *[here] { "" }
    }{ $others ->
        [0] { "" }
       *[other] ほか{ $others }件
    }を確認してください
# The tooltip of the greyed-out Save. $label: the field's label.
settings-save-blocked = 先に「{ $label }」を確認してください
# After Save. $count: how many keys changed (0: nothing to save).
settings-saved = { $count ->
        [0] 変更がないため、保存するものはありません。
       *[other] { $count }件の変更を保存しました。
    }
# After Close with changes not saved.
settings-unsaved = 変更は保存されていません：もう一度「閉じる」を押すと破棄します
# While something is changed and not saved.
settings-not-saved-yet = 未保存

## Why the file cannot be read or saved. $path: the config file; $reason: the system's or
## the TOML parser's reason (English).

settings-error-read = { $path } を読み込めません：{ $reason }
# $label: a field's label.
settings-error-invalid = 保存する前に「{ $label }」を修正してください
settings-error-not-toml = ファイルが正しい TOML ではないため、変更しません（手動で修正してください）：{ $reason }
# $section: a section's name in the file, as written there.
settings-error-not-a-table = ファイル内の [{ $section }] がテーブルではありません
settings-error-write = { $path } に書き込めません：{ $reason }
