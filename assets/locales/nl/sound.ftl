# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = er draait geen geluidsserver (PulseAudio, of PipeWire met pipewire-pulse), dus pauzes verlopen zonder geluidssignalen
sound-turned-away = de geluidsserver weigerde knotless ({ $reason }), dus pauzes verlopen zonder geluidssignalen
sound-hung-up = de geluidsserver verbrak de verbinding met knotless, dus pauzes verlopen zonder geluidssignalen
sound-io = kan niet met de geluidsserver praten ({ $reason }), dus pauzes verlopen zonder geluidssignalen
sound-not-played = de geluidsserver speelde een signaal niet af ({ $reason })
sound-no-device = geen apparaat voor geluidsuitvoer, dus pauzes verlopen zonder geluidssignalen
sound-failed = Windows kon het signaal niet afspelen
