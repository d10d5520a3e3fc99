## The first-run welcome window.

welcome-title = Welcome to knotless
welcome-intro = It counts how long you sit, and now and then suggests a short movement.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Movement breaks
welcome-movement-text = After { $every } of sitting: one short, varied stretch or movement.
welcome-micro-pauses = Micro-pauses
welcome-micro-pauses-text = Every { $every }: a quiet note to check your posture and rest your eyes.
welcome-water = Water
welcome-water-text = Every { $every }: a reminder to drink some water.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = A few choices
welcome-focus = Focus areas
welcome-at-hand = What you have at hand
welcome-insist = If I keep working through a reminder
welcome-desk = Sit-stand desk
welcome-login = Start at login
# Under the sit-stand desk checkbox.
welcome-desk-note = Tell knotless when you stand, from the tray or the break window.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Gentle pressure only, never into pain. Stop if you feel numbness or tingling, and see a physical therapist if things do not improve within a week or two.

## The footer.

welcome-start = Start knotless
welcome-not-now = Not now
# Beside the buttons, before and after saving.
welcome-later = You can change all of this later in Settings.
welcome-close = Close

## After "Start knotless".

welcome-running = knotless is running
welcome-tray = It lives in the tray, the row of small icons at the edge of your screen: click its icon for a break now, a pause, Settings or Statistics.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Your first movement break comes after { $after } of sitting: around { $at } if you keep working.
# $after: a duration in words ("40 minutes").
welcome-first-break = Your first movement break comes after { $after } of sitting.
welcome-first-break-unknown = Your first movement break comes after a while of sitting.
welcome-away = Time away from the desk counts as a break, so the count starts again.
