## The first-run welcome window.

welcome-title = Te presentamos knotless
welcome-intro = Cuenta cuánto tiempo pasas en la silla y, de vez en cuando, te propone un movimiento breve.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutos", "1 hora 30 minutos").

welcome-movement = Pausas activas
welcome-movement-text = Tras { $every } en la silla: un estiramiento o movimiento breve y variado.
welcome-micro-pauses = Micropausas
welcome-micro-pauses-text = Cada { $every }: un aviso discreto para revisar tu postura y descansar la vista.
welcome-water = Agua
welcome-water-text = Cada { $every }: un recordatorio para beber un poco de agua.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Algunas opciones
welcome-focus = Zonas prioritarias
welcome-at-hand = Lo que tienes a mano
welcome-insist = Si sigo trabajando pese a un recordatorio
welcome-desk = Escritorio elevable
welcome-login = Inicio automático
# Under the sit-stand desk checkbox.
welcome-desk-note = Indica a knotless cuándo te pones de pie, desde la bandeja del sistema o la ventana de pausa.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Solo presión suave, nunca hasta el punto de sentir dolor. Detente si notas entumecimiento u hormigueo, y consulta a un fisioterapeuta si no hay mejoría en una o dos semanas.

## The footer.

welcome-start = Iniciar knotless
welcome-not-now = Ahora no
# Beside the buttons, before and after saving.
welcome-later = Puedes cambiar todo esto más tarde en Configuración.
welcome-close = Cerrar

## After "Start knotless".

welcome-running = knotless está en marcha
welcome-tray = Vive en la bandeja del sistema, la fila de iconos pequeños en el borde de la pantalla: haz clic en su icono para hacer una pausa ahora, pausar los recordatorios, o abrir Configuración o Estadísticas.
# $after: a duration in words ("40 minutos"); $at: a time of day ("10:40").
welcome-first-break-at = Tu primera pausa activa llegará tras { $after } en la silla: hacia las { $at } si sigues trabajando.
# $after: a duration in words ("40 minutos").
welcome-first-break = Tu primera pausa activa llegará tras { $after } en la silla.
welcome-first-break-unknown = Tu primera pausa activa llegará tras un rato en la silla.
welcome-away = El tiempo lejos del escritorio cuenta como pausa, así que la cuenta vuelve a empezar.
