## The first-run welcome window.

welcome-title = Bienvenue dans knotless
welcome-intro = Il mesure votre temps en position assise et vous propose de temps en temps un court mouvement.

## One row per kind of reminder: its name, then a sentence. $every: a duration in words
## ("40 minutes", "1 hour 30 minutes").

welcome-movement = Pauses actives
welcome-movement-text = Après { $every } en position assise : un court étirement ou mouvement, chaque fois différent.
welcome-micro-pauses = Micro-pauses
welcome-micro-pauses-text = Toutes les { $every } : un discret rappel pour vérifier votre posture et reposer vos yeux.
welcome-water = Eau
welcome-water-text = Toutes les { $every } : un rappel pour boire un peu d’eau.

## The choices: a heading, then one row per question (the controls are the settings
## window's).

welcome-choices = Quelques choix
welcome-focus = Zones ciblées
welcome-at-hand = Ce que vous avez sous la main
welcome-insist = Si je continue de travailler malgré un rappel
welcome-desk = Bureau assis-debout
welcome-login = Lancer à la connexion
# Under the sit-stand desk checkbox.
welcome-desk-note = Indiquez à knotless quand vous êtes debout, depuis la zone de notification ou la fenêtre de pause.
# Under the choices: the safety advice. Keep its meaning exactly (never into pain; stop on
# numbness or tingling; see a physical therapist).
welcome-safety = Pression douce uniquement, jamais jusqu’à la douleur. Arrêtez si vous ressentez un engourdissement ou des fourmillements, et consultez un kinésithérapeute si cela ne s’améliore pas en une ou deux semaines.

## The footer.

welcome-start = Lancer knotless
welcome-not-now = Pas maintenant
# Beside the buttons, before and after saving.
welcome-later = Vous pourrez modifier tout cela plus tard dans les Paramètres.
welcome-close = Fermer

## After "Start knotless".

welcome-running = knotless est lancé
welcome-tray = Il se trouve dans la zone de notification, la rangée de petites icônes au bord de l’écran : cliquez sur son icône pour faire une pause maintenant, suspendre les rappels, ouvrir les Paramètres ou les Statistiques.
# $after: a duration in words ("40 minutes"); $at: a time of day ("10:40").
welcome-first-break-at = Votre première pause active arrivera après { $after } en position assise : vers { $at } si vous continuez à travailler.
# $after: a duration in words ("40 minutes").
welcome-first-break = Votre première pause active arrivera après { $after } en position assise.
welcome-first-break-unknown = Votre première pause active arrivera après un certain temps en position assise.
welcome-away = Le temps passé loin du bureau compte comme une pause : le décompte repart alors de zéro.
