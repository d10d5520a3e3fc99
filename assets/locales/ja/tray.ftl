# The tray icon's menu (the first entry, not clickable, is the tooltip of daemon.ftl).

tray-break-now = 今すぐ休憩
# A submenu: pause reminders for one of the times below.
tray-pause = 一時停止
tray-pause-30-min = 30分
tray-pause-1-hour = 1時間
tray-pause-2-hours = 2時間
tray-pause-until-tomorrow = 明日まで
tray-resume = 再開
# A check item, shown with a sit-stand desk: ticked while you stand.
tray-standing = 立っている
tray-settings = 設定
tray-statistics = 統計
# Opens the body check-in window.
tray-checkin = 今すぐ体調チェック
tray-quit = 終了

## What a screen reader says for the icon. $status: the tooltip.

tray-accessible = knotless：{ $status }
# While a movement break is due.
tray-attention = knotless：体を動かす時間です

## Why there is no tray icon (in `knotless status`'s "Limited:" line).

tray-missing-host-gone = トレイのホストがなくなった（StatusNotifierWatcher がセッションバスから離れた）ため、戻るまでトレイアイコンは表示されません
tray-missing-no-panel = StatusNotifierWatcher は動作していますが、そのアイコンを表示するパネルがないため、トレイアイコンは表示されません
tray-missing-dropped = トレイのホストが knotless のアイコンを削除したため、トレイアイコンは表示されません
