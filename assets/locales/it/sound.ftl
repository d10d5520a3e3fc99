# Why the break window's sound cues cannot be heard: shown under "Limited" in `status`,
# in the break window and in history. $reason: the sound server's or the system's own words.
sound-no-server = nessun server audio è in esecuzione (PulseAudio, o PipeWire con pipewire-pulse), quindi le pause si svolgono senza i segnali sonori
sound-turned-away = il server audio ha rifiutato knotless ({ $reason }), quindi le pause si svolgono senza i segnali sonori
sound-hung-up = il server audio ha chiuso la connessione con knotless, quindi le pause si svolgono senza i segnali sonori
sound-io = impossibile comunicare con il server audio ({ $reason }), quindi le pause si svolgono senza i segnali sonori
sound-not-played = il server audio non ha riprodotto un segnale ({ $reason })
sound-no-device = nessun dispositivo di uscita audio, quindi le pause si svolgono senza i segnali sonori
sound-failed = Windows non è riuscito a riprodurre il segnale
