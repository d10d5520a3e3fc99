# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = サウンドサーバーが動いていません（PulseAudio、または pipewire-pulse 付きの PipeWire）。休憩は効果音なしで進みます
sound-turned-away = サウンドサーバーが knotless を拒否しました（{ $reason }）。休憩は効果音なしで進みます
sound-hung-up = サウンドサーバーが knotless との接続を切りました。休憩は効果音なしで進みます
sound-io = サウンドサーバーと通信できません（{ $reason }）。休憩は効果音なしで進みます
sound-not-played = サウンドサーバーが効果音を再生しませんでした（{ $reason }）
sound-no-device = 音声出力デバイスがありません。休憩は効果音なしで進みます
sound-failed = Windows が効果音を再生できませんでした
