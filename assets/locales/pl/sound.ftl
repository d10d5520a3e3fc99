# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = nie działa żaden serwer dźwięku (PulseAudio lub PipeWire z pipewire-pulse), więc przerwy odbywają się bez sygnałów dźwiękowych
sound-turned-away = serwer dźwięku odrzucił knotless ({ $reason }), więc przerwy odbywają się bez sygnałów dźwiękowych
sound-hung-up = serwer dźwięku zerwał połączenie z knotless, więc przerwy odbywają się bez sygnałów dźwiękowych
sound-io = nie można połączyć się z serwerem dźwięku ({ $reason }), więc przerwy odbywają się bez sygnałów dźwiękowych
sound-not-played = serwer dźwięku nie odtworzył sygnału ({ $reason })
sound-no-device = brak urządzenia wyjściowego dźwięku, więc przerwy odbywają się bez sygnałów dźwiękowych
sound-failed = Windows nie mógł odtworzyć sygnału
