## The first-run welcome window.

welcome-title = Witaj w knotless
welcome-intro = Liczy, jak długo siedzisz, i co jakiś czas proponuje krótki ruch.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Przerwy na ruch
welcome-movement-text = Po okresie siedzenia ({ $every }): jedno krótkie, urozmaicone rozciąganie lub ćwiczenie ruchowe.
welcome-micro-pauses = Mikroprzerwy
welcome-micro-pauses-text = W stałych odstępach ({ $every }): dyskretne przypomnienie, by sprawdzić postawę i dać odpocząć oczom.
welcome-water = Woda
welcome-water-text = W stałych odstępach ({ $every }): przypomnienie, by napić się wody.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Kilka wyborów
welcome-focus = Obszary priorytetowe
welcome-at-hand = Co masz pod ręką
welcome-insist = Gdy pracuję dalej mimo przypomnienia
welcome-desk = Biurko regulowane
welcome-login = Uruchamiaj po zalogowaniu
# Under the sit-stand desk checkbox.
welcome-desk-note = Informuj knotless, kiedy stoisz, z zasobnika lub z okna przerwy.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Naciskaj tylko delikatnie, nigdy aż do bólu. Przerwij, jeśli poczujesz drętwienie lub mrowienie, i idź do fizjoterapeuty, jeśli w ciągu tygodnia lub dwóch nie będzie poprawy.

## The footer.

welcome-start = Uruchom knotless
welcome-not-now = Nie teraz
# Beside the buttons, before and after saving.
welcome-later = Wszystko to możesz później zmienić w Ustawieniach.
welcome-close = Zamknij

## After "Start knotless".

welcome-running = knotless działa
welcome-tray = Mieszka w zasobniku systemowym, rzędzie małych ikon na brzegu ekranu: kliknij jego ikonę, by zrobić przerwę teraz, wstrzymać przypomnienia albo otworzyć Ustawienia lub Statystyki.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Pierwsza przerwa na ruch przyjdzie po okresie siedzenia ({ $after }): około { $at }, jeśli będziesz dalej pracować.
# $after: a duration in words ("40 minutes").
welcome-first-break = Pierwsza przerwa na ruch przyjdzie po okresie siedzenia ({ $after }).
welcome-first-break-unknown = Pierwsza przerwa na ruch przyjdzie po pewnym czasie siedzenia.
welcome-away = Czas z dala od biurka liczy się jako przerwa, więc liczenie zaczyna się od nowa.
