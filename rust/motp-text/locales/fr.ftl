# mOTP Token : toutes les phrases des applications, en français (vouvoiement).
# Si un message manque ici, l'anglais s'affiche. `$detail` cite une phrase du moteur
# (motp-core), qui reste en anglais.

## Busy
busy-starting = Ouverture…
busy-creating = Création de votre coffre…
busy-unlocking = Déverrouillage…
busy-saving = Enregistrement…
busy-exporting = Création de l'export…
busy-reading-file = Lecture du fichier…
busy-checking-password = Vérification du mot de passe…
busy-clock = Interrogation d'un serveur de temps…
busy-scanning = Recherche d'un code QR…

## Fields
field-password = Mot de passe
field-password-confirmation = Confirmer le mot de passe

## First run
first-run-title = Protégez vos jetons
first-run-explanation = Vos jetons sont chiffrés sur cet appareil. Choisissez un mot de passe pour les déverrouiller ; il vous sera nécessaire si la clé de l'appareil est perdue.
first-run-device-key = Déverrouiller aussi avec { $label }
first-run-create = Créer
strength-empty = Choisissez un mot de passe d'au moins 8 caractères.
strength-weak = Faible : utilisez au moins 8 caractères.
strength-fair = Moyen : plus long, ou avec des chiffres et des symboles, c'est mieux.
strength-strong = Fort.

## Unlock
unlock-title = Déverrouillez vos jetons
unlock-button = Déverrouiller
unlock-invalidated-hint = La clé de cet appareil n'est plus valide (ses empreintes ou son visage enregistrés ont changé). Déverrouillez avec votre mot de passe ; vous pourrez ensuite réactiver la clé de l'appareil dans les Réglages.
device-key-unlock-title = Déverrouiller mOTP Token
device-key-unlock-reason = Déverrouillez vos jetons
device-key-use-password = Utiliser le mot de passe
device-key-enrol-title = Activer le déverrouillage avec { $label }
device-key-enrol-reason = Confirmez pour déverrouiller désormais vos jetons avec cet appareil

## The list
list-title = Jetons
list-empty = Aucun jeton pour l'instant. Ajoutez-en un avec le bouton +.
list-no-match = Aucun jeton ne correspond à votre recherche.
list-enter-pin = Saisir le code PIN
list-copy-label = Copier le code de { $name }
list-copied = Code copié
list-use-within = À utiliser dans les { $seconds } s
list-wait-next = Attendez le code suivant
list-upcoming-code = Suivant : { $code }
list-seconds-left = { $seconds ->
    [one] { $seconds } seconde restante
   *[other] { $seconds } secondes restantes
}
list-typo-warning = Ce code PIN ne correspond pas à celui configuré pour ce jeton. Vérifiez-le avant de vous connecter : un code erroné compte comme un échec de connexion.
list-offer-reenrol = La clé de l'appareil a été désactivée, car elle n'est plus valide. Réactivez-la dans les Réglages.
list-next-code = Code suivant
list-kind-unsupported = Ce jeton { $kind } nécessite une version plus récente de l'application.
kind-totp = TOTP, { $digits } chiffres toutes les { $period } s ({ $algorithm })
kind-hotp = HOTP, { $digits } chiffres, un par appui ({ $algorithm })
kind-steam = Steam Guard, 5 caractères toutes les 30 s

## Adding a token
add-title = Ajouter un jeton
add-warning-pin-in-uri = Le code QR contient aussi un code PIN. Ne le gardez que si vous voulez que le code PIN soit enregistré sur cet appareil.
add-generated-instructions = Saisissez cette clé secrète sur le routeur ou le serveur VPN exactement comme elle s'affiche, ou laissez l'administrateur scanner le code QR.
add-duplicate-same-secret = Même clé secrète que « { $name } »
add-duplicate-same-name = Même émetteur et même compte que « { $name } »
add-anyway = Ajouter quand même
add-export-progress = { $scanned } codes QR de l'export sur { $total } scannés : présentez le suivant à la caméra, dans n'importe quel ordre.
add-export-other = Ce code QR appartient à un autre export. Terminez celui-ci ou importez les codes déjà scannés.
add-export-import = Importer les codes scannés
pin-policy-ask = Demander le code PIN à chaque fois
pin-policy-ask-guard = Demander à chaque fois et signaler les fautes de frappe
pin-policy-remember = Mémoriser le code PIN sur cet appareil

## Secret warnings
secret-warning-not-hex = La clé secrète n'est pas hexadécimale (0-9, a-f). Comparez-la avec la copie du serveur.
secret-warning-uppercase = La clé secrète contient des majuscules. mOTP distingue majuscules et minuscules : elle doit correspondre lettre pour lettre à la copie du serveur.
secret-warning-unusual-length = La clé secrète compte { $length } caractères ; les clés mOTP en ont généralement 16 ou 32. Vérifiez qu'aucun caractère n'a été perdu ou ajouté.
secret-warning-short = La clé secrète ne compte que { $length } caractères, moins que recommandé : 16 caractères hexadécimaux pour mOTP, 26 caractères Base32 (128 bits) pour TOTP et HOTP.

## Detail
detail-confirm-delete = Supprimer « { $name } » ? Sans sauvegarde, vous ne pourrez plus vous connecter avec ce jeton.

## Notices
notice-vault-created = Votre coffre est prêt.
notice-recovered-from-previous = Le fichier du coffre était endommagé : sa copie précédente a été ouverte. Votre dernière modification manque peut-être : vérifiez vos jetons.
notice-token-added = Jeton ajouté
notice-token-deleted = Jeton supprimé
notice-saved = Enregistré
notice-exported = Export enregistré

## Backups
backups-title = Sauvegardes
backups-none = Aucune sauvegarde pour l'instant.
backups-last = { $days ->
    [0] Dernière sauvegarde : aujourd'hui.
    [one] Dernière sauvegarde : hier.
   *[other] Dernière sauvegarde : il y a { $days } jours.
}
backups-reminder = Vous avez modifié vos jetons depuis la dernière sauvegarde. Exportez une sauvegarde, ou choisissez un dossier pour les sauvegardes automatiques.
backups-reminder-auto-failed = Vos dernières modifications ne sont pas encore dans le dossier de sauvegarde. Vérifiez que le dossier est toujours disponible.
export-motp = Sauvegarde chiffrée (mOTP Token)
export-aegis = Coffre Aegis
export-uris = Liste de liens motp://
export-uris-warning = Ce fichier n'est pas chiffré : quiconque le lit peut générer vos codes. Supprimez-le une fois les jetons transférés.
export-google = Google Authenticator (codes QR)
export-google-warning = Les codes QR montrent chaque clé secrète : affichez-les seulement là où personne d'autre ne voit votre écran.
export-google-progress = Code QR { $page } sur { $pages }
export-google-instructions = Dans Google Authenticator, choisissez « Transférer des comptes », puis « Importer des comptes », et scannez chaque code.
export-google-left-out = Absents de ces codes, car Google Authenticator ne peut pas les contenir : { $names }
export-google-nothing = Aucun de vos jetons ne peut aller dans Google Authenticator : il ne gère ni les jetons mOTP ou Steam, ni les codes à 7 chiffres, ni les périodes autres que 30 secondes.
export-google-next = Code suivant
export-google-previous = Code précédent
export-google-done = Terminé
import-reading = Lecture du fichier…
import-needs-password = Cette sauvegarde est chiffrée. Saisissez son mot de passe.
import-preview-count = { $count ->
    [one] { $count } jeton
   *[other] { $count } jetons
}
import-preview-pins = { $count } avec code PIN
import-preview-duplicates = { $count } déjà présents
import-preview-skipped = { $count } non importables
import-status-new = Nouveau
import-status-duplicate = Déjà présent
import-status-skipped = Impossible à importer
import-duplicate-of = Déjà présent sous le nom « { $name } »
import-skip-unsupported = { $kind ->
    [yandex] Les jetons Yandex ne sont pas pris en charge : mOTP Token gère les jetons mOTP, TOTP, HOTP et Steam.
   *[unknown] Le type « { $name } » n'est pas pris en charge : mOTP Token gère les jetons mOTP, TOTP, HOTP et Steam.
}
import-skip-not-an-object = Cette entrée n'est pas un enregistrement de jeton.
import-skip-field = { $fault ->
    [missing] L'entrée n'a pas de champ « { $field } ».
    [whole] Le champ « { $field } » de l'entrée n'est pas un nombre entier.
    [negative] Le champ « { $field } » de l'entrée est négatif.
   *[type] Le champ « { $field } » de l'entrée n'a pas le bon type.
}
import-skip-digits = Les codes à { $digits ->
    [one] { $digits } chiffre
   *[other] { $digits } chiffres
} ne sont pas pris en charge : les codes TOTP et HOTP en ont de 6 à 8.
import-skip-counter-missing = Ce jeton HOTP n'a pas de compteur.
import-skip-counter-negative = Le compteur de ce jeton HOTP est négatif.
import-skip-algorithm = L'algorithme « { $name } » n'est pas pris en charge : TOTP et HOTP utilisent SHA-1, SHA-256 ou SHA-512.
import-skip-period = Une période de { $seconds } s n'est pas prise en charge : une période TOTP dure de 1 à { $max } secondes (presque toujours 30).
import-skip-secret-not-base32 = La clé secrète n'est pas du Base32 valide.
import-skip-base32-too-long = La clé secrète dépasse { $max } caractères.
import-skip-base32-character = Le caractère { $position } de la clé secrète n'est ni une lettre (A-Z) ni un chiffre (2-7) du Base32.
import-skip-base32-digit = { $digit ->
    [0] Le caractère { $position } de la clé secrète est un 0, que le Base32 n'utilise pas : c'est sans doute la lettre O.
    [1] Le caractère { $position } de la clé secrète est un 1, que le Base32 n'utilise pas : c'est sans doute la lettre I ou L.
    [8] Le caractère { $position } de la clé secrète est un 8, que le Base32 n'utilise pas : c'est sans doute la lettre B.
   *[9] Le caractère { $position } de la clé secrète est un 9, que le Base32 n'utilise pas.
}
import-skip-base32-partial = Les { $length } caractères de la clé secrète ne forment pas un nombre entier d'octets : un caractère manque ou est en trop.
import-skip-secret-empty = La clé secrète est vide.
import-skip-secret-not-printable = Le caractère { $position } de la clé secrète n'est pas une lettre, un chiffre ou un symbole ASCII imprimable.
import-skip-secret-too-long = La clé secrète compte { $length } caractères, plus que les { $max } qu'utilise un serveur mOTP.
import-skip-secret-not-text = La clé secrète n'est pas du texte.
import-skip-secret-not-base64 = La clé secrète n'est pas du Base64 valide.
import-skip-vault-full = Le coffre contient déjà { $max } jetons, son maximum.
import-skip-batch-part-missing = Le code QR { $part } sur { $parts } de cet export n'est pas dans le fichier : ajoutez-le (scannez-le à nouveau) pour importer ses comptes.
import-duplicate-same = Même clé secrète, même émetteur et même compte que « { $name } ».
import-duplicate-other-issuer = Même clé secrète et même compte que « { $name } » (seul l'émetteur diffère).
import-report = { $imported ->
    [one] { $imported } jeton importé
   *[other] { $imported } jetons importés
}, { $skipped } ignorés.

## Troubleshooting
trouble-title = Dépannage
duration = { $minutes } min { $seconds } s
clock-on-time = L'horloge de cet appareil est à l'heure.
clock-behind = L'horloge de cet appareil retarde de { $offset } sur l'heure exacte.
clock-ahead = L'horloge de cet appareil avance de { $offset } sur l'heure exacte.
clock-advice-fine = L'horloge n'est pas la cause des échecs de connexion.
clock-advice-corrected = La correction enregistrée compense l'horloge de cet appareil : les codes sont justes.
clock-advice-drifting = Les codes fonctionnent encore, avec moins de marge. Réglez l'horloge automatiquement, ou appliquez la correction.
clock-advice-fail = Le serveur refusera les codes générés avec cette horloge. Réglez l'horloge automatiquement, ou appliquez la correction.
clock-correction-stored = Les codes sont calculés avec une correction de { $offset }.
check-code-instructions = Lisez ce code de contrôle à votre administrateur. Il montre si votre clé secrète correspond à celle du serveur, sans la révéler.
doctor-step-clock = Horloge
doctor-step-secret = Clé secrète
doctor-step-pin = Code PIN et nom d'utilisateur
doctor-step-code = Le code
doctor-clock-ok = L'horloge est juste.
doctor-clock-warning = L'horloge est décalée, mais les codes fonctionnent encore.
doctor-clock-problem = L'horloge est si décalée que le serveur refuse les codes.
doctor-clock-skipped = L'horloge n'a pas été vérifiée. Lancez d'abord la vérification de l'horloge.
doctor-secret-ok = La clé secrète correspond à la copie du serveur.
doctor-secret-ok-unproven = Rien ne semble anormal dans la clé secrète, mais elle n'a pas été comparée à la copie du serveur.
doctor-secret-warning = La clé secrète présente une particularité.
doctor-secret-problem = La clé secrète diffère de la copie du serveur.
doctor-secret-skipped = La clé secrète n'a pas été comparée. Demandez à votre administrateur le code de contrôle du serveur.
doctor-pin-ok = Le code PIN semble juste.
doctor-pin-warning = Vérifiez le code PIN et le nom d'utilisateur.
doctor-pin-problem = Le code PIN n'est pas celui configuré pour ce jeton.
doctor-pin-skipped = Le code PIN n'a pas été vérifié.
doctor-code-ok = Le code est juste pour cet instant.
doctor-code-warning = Le code a été généré à un autre moment ou avec une autre clé secrète.
doctor-code-problem = Le code ne provient pas de ce jeton.
doctor-code-skipped = Aucun code à vérifier n'a été fourni.
doctor-cause-none = Aucune cause n'a été trouvée dans les quatre étapes.
doctor-cause-clock = Le problème vient de l'horloge.
doctor-cause-secret = Le problème vient de la clé secrète.
doctor-cause-pin = Le problème vient du code PIN ou du nom d'utilisateur.
doctor-cause-code = Le problème vient du code lui-même.

## Le diagnostic en détail : les constats de motp-core (motp_core::finding) et leurs nombres.
span = { $hours ->
    [0] { $minutes ->
        [0] { $seconds } s
       *[other] { $seconds ->
            [0] { $minutes } min
           *[other] { $minutes } min { $seconds } s
        }
    }
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
size-ms = { $ms } ms
size-tenths = { $seconds },{ $tenths } s
count-periods = { $count ->
    [one] { $count } période
   *[other] { $count } périodes
}
doctor-offset = { $direction ->
    [behind] retarde de { $size } sur l'heure exacte
    [ahead] avance de { $size } sur l'heure exacte
   *[none] est exactement à l'heure
}
doctor-offset-clause = { $direction ->
    [behind] retarde de { $size }
    [ahead] avance de { $size }
   *[none] est exactement à l'heure
}
doctor-case = { $case ->
    [uppercase] majuscules
   *[lowercase] minuscules
}
doctor-server-at = { $server } à l'adresse { $address }
doctor-found-clock-not-checked = L'horloge de l'appareil n'a pas été vérifiée.
doctor-found-clock-measured = L'horloge de cet appareil { $offset } (±{ $uncertainty } ms, mesure auprès de { $server }).
doctor-found-clock-corrected = Avec la correction d'horloge du jeton de { $correction }, ses codes sont générés comme par une horloge qui { $offset }.
doctor-found-code-outside-window = { $direction ->
    [after] Le code à diagnostiquer a été généré pour un instant situé { $span } après l'heure de référence
    [before] Le code à diagnostiquer a été généré pour un instant situé { $span } avant l'heure de référence
   *[at] Le code à diagnostiquer a été généré pour l'heure de référence
} : l'horloge de l'appareil qui l'a généré est décalée de plus que la fenêtre du serveur.
doctor-found-hotp-no-clock = Les codes HOTP suivent un compteur, pas l'horloge : l'horloge de l'appareil n'a pas d'importance.
doctor-found-totp-code-off = Le code à diagnostiquer a été généré pour un instant décalé de { $span }.
doctor-found-totp-tolerance = Un serveur TOTP accepte les codes à environ ±{ $tolerance } s près (±{ $window } de { $period } s), bien moins que les ±3 minutes de mOTP : une horloge suffisante pour mOTP peut échouer en TOTP.
doctor-found-check-codes = Le code de contrôle du jeton est { $token }, celui du serveur { $server } : { $result ->
    [exact] c'est la même clé secrète
    [lowercase] le serveur a cette clé secrète en minuscules
    [uppercase] le serveur a cette clé secrète en majuscules
   *[different] les clés secrètes diffèrent
}.
doctor-found-code-other-case = Le code à diagnostiquer a été généré avec cette clé secrète écrite en { $case } : le jeton et l'autre partie diffèrent par la casse (code de contrôle ici : { $check_code }).
doctor-found-secret-proven = La clé secrète a produit le code à diagnostiquer : elle est donc juste (code de contrôle { $check_code }).
doctor-found-secret-normal = La clé secrète ressemble à une clé mOTP normale ({ $length ->
    [one] { $length } caractère hexadécimal
   *[other] { $length } caractères hexadécimaux
}) ; son code de contrôle est { $check_code }.
doctor-found-secret-unusual = La clé secrète (code de contrôle { $check_code }) est inhabituelle. { $warnings }
doctor-found-key-short = La clé ne fait que { $bits } bits (la RFC 4226 en demande au moins 128) : il manque peut-être un caractère, ou le service utilise une clé faible. Code de contrôle { $check_code }.
doctor-found-key-ok = La clé secrète est une clé de { $bits } bits en Base32 ; son code de contrôle est { $check_code }.
doctor-found-pin-mismatch = Le code PIN saisi n'est pas celui avec lequel ce jeton a été configuré (la protection contre les fautes de frappe l'a détecté) ; un code PIN erroné ne provoque aucune erreur, seulement des codes que le serveur refuse.
doctor-found-pin-matches = Le code PIN saisi passe la protection contre les fautes de frappe.
doctor-found-pin-not-typed = Aucun code PIN n'a été saisi : la protection contre les fautes de frappe du jeton n'a pas pu le vérifier ; un code PIN erroné ne provoque aucune erreur, seulement des codes que le serveur refuse.
doctor-found-pin-proven = Le code PIN a produit le code à diagnostiquer : il est donc juste.
doctor-found-pin-uncheckable = Le code PIN ne peut pas être vérifié ici (ce jeton n'a pas de protection contre les fautes de frappe) ; un code PIN erroné ne provoque aucune erreur, seulement des codes que le serveur refuse.
doctor-found-no-pin = Les jetons TOTP et HOTP n'ont pas de code PIN : le code seul est le second facteur.
doctor-found-username-missing = Aucun nom d'utilisateur n'est enregistré avec ce jeton.
doctor-found-username-spaces = Le nom d'utilisateur « { $account } » a des espaces au début ou à la fin, qu'un serveur VPN n'ignore pas.
doctor-found-username-exact = Connectez-vous exactement en tant que « { $account } » : les noms d'utilisateur distinguent majuscules et minuscules.
doctor-found-no-code = Aucun code à diagnostiquer n'a été fourni.
doctor-found-code-not-diagnosed = Le code n'a pas pu être diagnostiqué.
doctor-found-code-failed-for-cause-above = Le code lui-même a été saisi correctement ; il a échoué pour la cause trouvée ci-dessus.
doctor-found-parameters-differ = Le code ne correspond pas aux paramètres du jeton, mais il correspond à { $alternative } : le jeton a été configuré avec d'autres paramètres que ceux du serveur.
doctor-found-digits-differ = Le code a { $code_digits } chiffres, ceux du jeton { $token_digits } : le nombre de chiffres réglé diffère de celui du serveur.
doctor-found-before-start = Le code a été affiché à { $at } s, avant l'heure de départ du jeton T0 = { $t0 } s, alors que le jeton n'a encore aucun code : son T0 est faux (les services utilisent presque toujours 0).
doctor-alternative-totp = { $algorithm }, { $digits } chiffres, une période de { $period } s (le jeton a { $token_algorithm }, { $token_digits } chiffres, { $token_period } s)
doctor-alternative-hotp = { $algorithm }, { $digits } chiffres (le jeton a { $token_algorithm }, { $token_digits } chiffres)
diagnosed-match = { $direction ->
    [ahead] Le code est juste pour cette clé secrète et ce code PIN (généré pour un instant situé { $span } après cette horloge, dans la fenêtre du serveur).
    [behind] Le code est juste pour cette clé secrète et ce code PIN (généré pour un instant situé { $span } avant cette horloge, dans la fenêtre du serveur).
   *[none] Le code est juste pour cette clé secrète et ce code PIN.
} Si le serveur le refuse quand même, vérifiez le nom d'utilisateur (il distingue majuscules et minuscules), que le code n'a pas déjà servi, et que le compte n'est pas bloqué après des échecs.
diagnosed-clock-drift = { $direction ->
    [ahead] Le code est juste pour un instant situé { $span } après cette horloge : l'horloge du jeton avance de { $span }.
   *[behind] Le code est juste pour un instant situé { $span } avant cette horloge : l'horloge du jeton retarde de { $span }.
} Réglez la date et l'heure du téléphone sur automatique (heure du réseau) et vérifiez les réglages NTP du routeur, ou appliquez au jeton une correction d'horloge de { $correction }.
diagnosed-secret-case = Le code a été généré avec la clé secrète écrite en { $case }. mOTP distingue majuscules et minuscules : saisissez la clé secrète en { $case } sur le jeton, ou modifiez la copie du serveur, pour qu'elles correspondent lettre pour lettre.
diagnosed-secret-case-clock = { $direction ->
    [ahead] Son horloge avance aussi de { $span } : réglez la date et l'heure sur automatique.
   *[behind] Son horloge retarde aussi de { $span } : réglez la date et l'heure sur automatique.
}
diagnosed-no-match = Aucun instant dans un intervalle de ±{ $span } ne donne ce code : la clé secrète ou le code PIN diffèrent, ou le code a été mal saisi. Comparez le code de contrôle de la clé secrète avec celui de l'administrateur, ressaisissez le code PIN, puis saisissez à nouveau le code (6 caractères, 0-9 et a-f).
diagnosed-totp-match-now = Le code est juste pour cet instant : la clé secrète et les paramètres correspondent.
diagnosed-totp-match-off = { $direction ->
    [after] Le code est juste, { $periods } ({ $seconds } s) après l'heure de référence, dans la fenêtre du serveur de ±{ $window }.
   *[before] Le code est juste, { $periods } ({ $seconds } s) avant l'heure de référence, dans la fenêtre du serveur de ±{ $window }.
}
diagnosed-totp-clock-drift = { $direction ->
    [after] Le code a été généré pour un instant situé { $span } après l'heure de référence : l'horloge de l'appareil qui l'a généré avance d'environ autant,
   *[before] Le code a été généré pour un instant situé { $span } avant l'heure de référence : l'horloge de l'appareil qui l'a généré retarde d'environ autant,
} plus que les ±{ $tolerance } s du serveur (±{ $window } de { $period } s). Réglez l'horloge de l'appareil sur l'heure du réseau (ou enregistrez une correction d'horloge), puis utilisez un nouveau code. TOTP tolère bien moins que les ±3 minutes de mOTP.
diagnosed-totp-no-match = Aucun code dans un intervalle de ±{ $span } ne correspond : la clé secrète ou les paramètres (algorithme, chiffres, période) diffèrent de ceux du serveur, ou le code a été mal saisi. Comparez la clé secrète et lancez le diagnostic, qui essaie les variantes courantes.
diagnosed-hotp-match = Le code est juste : c'est le code du compteur { $counter }, en avance de { $ahead } sur celui du serveur ({ $server }), dans sa fenêtre d'anticipation de { $look_ahead }. Le serveur attend ensuite { $next }.
diagnosed-hotp-ahead = Le code est celui du compteur { $counter }, en avance de { $ahead } sur celui du serveur ({ $server }) : plus que sa fenêtre d'anticipation de { $look_ahead } (le jeton a été actionné de nombreuses fois sans connexion). Resynchronisez le serveur : réglez son compteur sur { $next } (la plupart des serveurs le font à partir de deux codes consécutifs).
diagnosed-hotp-behind = Le code est celui du compteur { $counter }, en retard de { $behind } sur celui du serveur ({ $server }) : il a déjà été utilisé (les serveurs n'acceptent chaque code qu'une fois), ou le jeton a été réinitialisé. Prenez le code suivant du jeton ; s'il reste en retard, réglez le compteur du jeton sur { $server } ou réenregistrez-le.
diagnosed-hotp-no-match = Aucun code dans un intervalle de { $search ->
    [one] { $search } valeur de compteur
   *[other] { $search } valeurs de compteur
} autour du compteur du serveur ({ $server }) ne correspond : la clé secrète ou les paramètres (algorithme, chiffres) diffèrent, ou le code a été mal saisi. Comparez la clé secrète et lancez le diagnostic, qui essaie les variantes courantes.
doctor-fix-run-clock-check = Lancez la vérification de l'horloge : une horloge décalée de plus que la fenêtre du serveur (±3 min pour la plupart des serveurs) fait échouer tous les codes.
doctor-fix-retry-clock-check = Relancez la vérification de l'horloge sur un réseau qui fonctionne, ou comparez l'horloge de l'appareil à une horloge fiable, à la seconde près.
doctor-fix-run-clock-check-briefly = Lancez la vérification de l'horloge.
doctor-fix-retry-clock-check-briefly = Relancez la vérification de l'horloge sur un réseau qui fonctionne.
doctor-fix-clock-fine = L'horloge de cet appareil est juste : ce n'est pas pour cela que les codes sont refusés. Si les codes échouent encore à la bonne heure, vérifiez l'horloge du routeur ou du serveur VPN (ses réglages NTP), qui doit être juste elle aussi.
doctor-fix-clock-drifting = L'horloge de cet appareil { $offset }. Les codes restent dans la fenêtre de ±{ $window } du serveur, mais avec moins de marge pour la saisie et pour l'erreur de l'horloge du serveur. Réglez la date et l'heure de cet appareil sur automatique (heure du réseau), ou appliquez au jeton une correction d'horloge de { $correction }.
doctor-fix-clock-fail = L'horloge de cet appareil { $offset }, plus que la fenêtre de ±{ $window } du serveur : le serveur refusera les codes de ce jeton. Réglez la date et l'heure de cet appareil sur automatique (heure du réseau), ou appliquez au jeton une correction d'horloge de { $correction }.
doctor-fix-totp-clock = Réglez l'horloge de l'appareil sur l'heure du réseau, ou enregistrez la correction proposée de { $correction } : les codes TOTP exigent une horloge juste à ±{ $tolerance } s près.
doctor-fix-check-codes = { $result ->
    [exact] Les codes de contrôle correspondent : le jeton et le serveur ont la même clé secrète.
    [lowercase] L'autre code de contrôle est celui de cette même clé secrète écrite en minuscules : les deux copies ne diffèrent que par la casse. mOTP distingue majuscules et minuscules : écrivez la copie du jeton et celle du serveur de la même façon, lettre pour lettre (les minuscules sont l'usage).
    [uppercase] L'autre code de contrôle est celui de cette même clé secrète écrite en majuscules : les deux copies ne diffèrent que par la casse. mOTP distingue majuscules et minuscules : écrivez la copie du jeton et celle du serveur de la même façon, lettre pour lettre.
   *[different] Les codes de contrôle diffèrent : le jeton et le serveur ont des clés secrètes différentes (ou un code de contrôle a été mal lu). Ressaisissez la clé secrète sur le jeton d'après la copie du serveur, en la comparant groupe par groupe, ou définissez une nouvelle clé secrète des deux côtés.
}
doctor-fix-compare-check-codes = Comparez les codes de contrôle avec l'administrateur : celui du jeton est { $check_code } (il ne révèle rien qui permette de générer des codes).
doctor-fix-reenter-base32 = Ressaisissez la clé secrète depuis la page d'activation du service (ou scannez à nouveau son code QR) ; le Base32 n'a ni 0, ni 1, ni 8, ni 9 : un O lu comme 0 ou un I lu comme 1 est une erreur fréquente.
doctor-fix-compare-with-enrolment = Comparez la clé secrète avec la page d'activation du service.
doctor-fix-compare-base32-check-codes = Si les codes échouent, comparez les codes de contrôle avec l'administrateur (celui du jeton est { $check_code }, calculé à partir de la clé secrète en Base32 majuscule sans remplissage).
doctor-fix-type-pin-again = Saisissez à nouveau le code PIN avec soin. Si le code PIN a été changé sur le serveur, définissez le même nouveau code PIN sur le jeton.
doctor-fix-type-pin-for-guard = Relancez la vérification en saisissant le code PIN : la protection contre les fautes de frappe en détecte 15 sur 16.
doctor-fix-save-username = Enregistrez le nom d'utilisateur VPN avec le jeton pour l'avoir toujours sous la main.
doctor-fix-username-without-spaces = Connectez-vous en tant que « { $account } », sans les espaces, et corrigez le nom sur le jeton.
doctor-fix-type-code = Saisissez le code tel qu'il s'affiche (6 caractères, 0-9 et a-f), avant la fin du compte à rebours ; s'il ne reste que quelques secondes, attendez le code suivant.
doctor-fix-diagnose-rejected-code = Si un code est refusé, diagnostiquez-le avec l'heure à laquelle il a été saisi.
doctor-fix-give-enrolment-code = Indiquez le code qu'affiche la page d'activation du service (ou son journal), avec l'heure à laquelle il s'est affiché : le diagnostic trouve alors les écarts d'horloge, de compteur et de paramètres.
doctor-fix-add-again-with = Ajoutez à nouveau le jeton avec { $alternative } (depuis le code QR ou le lien du service, qui les contient).
doctor-fix-add-again-from-link = Ajoutez à nouveau le jeton depuis le code QR ou le lien du service.
doctor-fix-ask-administrator = Si les connexions échouent encore, demandez à l'administrateur de vérifier le côté serveur : l'horloge du routeur, un compte bloqué après des échecs, et un code utilisé deux fois (attendez le code suivant).
doctor-step-name = { $step ->
    [clock] horloge
    [secret] clé secrète
    [pin] code PIN
   *[code] code
}
doctor-verdict-problem = La cause la plus probable est { $cause ->
    [clock] l'horloge
    [secret] la clé secrète
    [pin] le code PIN ou le nom d'utilisateur
   *[code] le code
} : { $detail }
doctor-verdict-warning = Aucune cause certaine n'a été trouvée ; le premier avertissement, dans l'ordre du guide : { $detail }
doctor-verdict-skipped = Rien de ce qui a été vérifié n'est faux, mais certaines étapes ont été sautées ({ $steps }).
doctor-verdict-in-order = Tout ce qui a été vérifié est en ordre.

## Settings
settings-title = Réglages
settings-lock-background = Verrouiller après ce nombre de minutes en arrière-plan
settings-lock-inactivity = Verrouiller après ce nombre de minutes sans interaction
settings-clipboard = Effacer les codes copiés après ce nombre de secondes
settings-device-key = Déverrouiller avec la clé de l'appareil
settings-change-password = Changer le mot de passe

## Controls (buttons, fields, menus: AppView.labels)
label-back = Retour
label-cancel = Annuler
label-close = Fermer
label-dismiss = Masquer
label-next = Continuer
label-save = Enregistrer
label-delete = Supprimer
label-add-token = Ajouter un jeton
label-lock = Verrouiller
label-search = Rechercher
label-all-groups = Tous les groupes
label-show-code = Afficher le code
label-scan-qr = Scanner un code QR
label-scanning-hint = Pointez l'appareil photo vers le code QR.
label-stop-scanning = Arrêter le scan
label-choose-picture = Importer depuis une image
label-uri = Lien (otpauth:// ou motp://)
label-add-from-uri = Ajouter depuis ce lien
label-issuer = Émetteur (entreprise ou serveur)
label-account = Compte (nom d'utilisateur)
label-secret = Clé secrète
label-add-typed-secret = Ajouter cette clé secrète
label-generate-secret = Générer une nouvelle clé secrète
label-pin = Code PIN
label-confirm-add = Ajouter
label-note = Remarque
label-group = Groupe
label-favourite = Favori
label-tolerance = Tolérance du serveur (secondes)
label-reveal-secret = Afficher la clé secrète et son code QR
label-hide-secret = Masquer la clé secrète
label-check-code = Code de contrôle
label-export-password = Mot de passe de la sauvegarde
label-import-file = Importer une sauvegarde…
label-import-password = Le mot de passe de la sauvegarde
label-open-import = Ouvrir
label-confirm-import = Importer
label-keep-pins = Conserver les codes PIN enregistrés dans la sauvegarde
label-choose-backup-folder = Choisir un dossier pour les sauvegardes automatiques
label-check-clock = Vérifier l'horloge
label-apply-correction = Appliquer la correction
label-clear-correction = Supprimer la correction
label-doctor-token = Jeton
label-doctor-pin = Code PIN, tel que vous le saisissez à la connexion
label-doctor-code = Un code refusé par le serveur
label-doctor-admin-check-code = Le code de contrôle du serveur (fourni par votre administrateur)
label-run-doctor = Trouver la cause
label-show-check-code = Afficher le code de contrôle
label-current-password = Mot de passe actuel
label-new-password = Nouveau mot de passe
label-new-password-confirmation = Confirmer le nouveau mot de passe
device-key-locked-out = trop de tentatives échouées ; déverrouillez d'abord le téléphone avec son code
device-key-not-interactive = l'application n'était pas à l'écran au moment de la demande
device-key-not-available = le déverrouillage biométrique est désactivé pour cette application ou indisponible pour le moment

## Errors (by code)
error-locked = Le coffre est verrouillé. Déverrouillez-le d'abord.
error-busy = Veuillez patienter jusqu'à la fin de la tâche en cours.
error-not-available = Cette action n'est pas disponible sur cet écran.
error-unknown-token = Ce jeton n'est plus dans le coffre.
error-wrong-password = Mot de passe incorrect. Vérifiez-le et réessayez.
error-password-empty = Saisissez un mot de passe.
error-passwords-differ = Les deux mots de passe diffèrent. Saisissez deux fois le même mot de passe.
error-device-key-cancelled = Le déverrouillage avec la clé de l'appareil a été annulé. Utilisez votre mot de passe, ou réessayez.
error-device-key-invalidated = La clé de cet appareil n'est plus valide. Déverrouillez avec votre mot de passe.
error-device-key-failed = La clé de l'appareil n'a pas pu être utilisée ({ $detail }). Déverrouillez avec votre mot de passe.
error-no-device-key = Ce coffre n'a pas de clé pour cet appareil. Déverrouillez avec votre mot de passe.
error-secret-invalid = { $problem ->
    [import-skip-base32-too-long] { import-skip-base32-too-long }
    [import-skip-base32-digit] { import-skip-base32-digit }
    [import-skip-base32-character] { import-skip-base32-character }
    [import-skip-base32-partial] { import-skip-base32-partial }
    [import-skip-secret-not-base32] { import-skip-secret-not-base32 }
   *[other] Cette clé secrète est inutilisable : { $detail }.
}
error-pin-invalid = Ce code PIN est inutilisable : { $detail }.
error-pin-required = Saisissez d'abord le code PIN.
error-uri-invalid = Ce lien de jeton est illisible : { $detail }.
error-uri-not-motp = Ce code QR ou ce lien contient un jeton que cette application ne peut pas utiliser : { $detail }.
error-name-invalid = Vérifiez le nom : { $detail }.
error-note-invalid = Vérifiez la note : { $detail }.
error-qr-invalid = L'image n'a pas pu être lue : { $detail }.
error-duplicate = Ce jeton est déjà dans le coffre.
error-import-password-required = Cette sauvegarde est chiffrée. Saisissez son mot de passe.
error-import-wrong-password = Mot de passe incorrect pour cette sauvegarde. Utilisez le mot de passe choisi lors de sa création, pas un code PIN.
error-import-unreadable = Ce fichier ne peut pas être importé : { $detail }.
error-export-failed = L'export n'a pas pu être créé : { $detail }.
error-vault-changed-elsewhere = Le coffre a été modifié ailleurs (une autre fenêtre ou un autre appareil). Verrouillez puis déverrouillez, et réessayez.
error-vault-busy = Un autre programme enregistre le coffre. Réessayez dans un instant.
error-vault-io = Le coffre n'a pas pu être lu ou écrit : { $detail }.
error-vault-damaged = Le fichier du coffre est endommagé : { $detail }.
error-vault-newer-version = Ce coffre a été créé par une version plus récente de mOTP Token. Mettez l'application à jour.
error-vault-not-found = Il n'y a pas de coffre ici.
error-vault-exists = Un coffre existe déjà ici.
error-last-slot = C'est le dernier accès au coffre : il ne peut pas être supprimé. Ajoutez d'abord un mot de passe ou une clé d'appareil.
error-clock-failed = { $reason ->
    [not-found] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } est introuvable. Vérifiez que le téléphone est connecté.
    [timeout] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } n'a pas répondu à temps. Vérifiez que le téléphone est connecté (certains réseaux Wi-Fi bloquent les serveurs de temps ; essayez les données mobiles) et réessayez.
    [unreachable] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } est injoignable. Vérifiez que le téléphone est connecté et réessayez.
    [refused] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } a refusé de répondre. Réessayez plus tard.
    [unsynchronized] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } ne connaît pas lui-même l'heure. Réessayez plus tard.
   *[bad-reply] L'horloge n'a pas pu être vérifiée : le serveur de temps { $server } a envoyé une réponse non valide. Réessayez plus tard.
}
error-clock-server-invalid = Ce serveur de temps est inutilisable : { $detail }.
error-check-code-invalid = Un code de contrôle compte 6 caractères, 0-9 et a-f, par exemple a1b 2c3.
error-code-invalid = Un code compte 6 caractères, 0-9 et a-f, par exemple 6ed 4e4.
error-file-failed = Le fichier n'a pas pu être enregistré ou ouvert : { $detail }.
error-camera-unavailable = { $problem ->
    [denied] L'application n'a pas accès à l'appareil photo. Autorisez-le dans les réglages du système, ou collez le lien ou saisissez la clé secrète.
    [missing] Cet appareil n'a pas d'appareil photo utilisable par l'application. Collez le lien ou saisissez la clé secrète.
   *[failed] L'appareil photo n'a pas démarré (une autre application l'utilise peut-être). Réessayez, ou collez le lien ou saisissez la clé secrète.
}
error-setting-invalid = Cette valeur est trop grande ; le maximum est { $max }.
error-other = Une erreur s'est produite : { $detail }.

## La ligne de commande (motp-cli) : le cadre autour des constats du diagnostic
cli-doctor-title = diagnostic de { $name } (connexion en tant que « { $account } »)
cli-doctor-fix = solution : { $fix }
cli-doctor-verdict = verdict :   { $verdict }
cli-doctor-what-to-do = à faire :  { $fix }
cli-doctor-check-code = code de contrôle : { $code } (comparez-le avec celui de l'administrateur ; il ne révèle rien qui permette de générer des codes)

## La liste : tri, codes masqués, corbeille

sort-manual = Manuel
sort-name = Par nom
sort-issuer = Par émetteur
sort-last-used = Dernière utilisation
list-undo-deleted = { $name } placé dans la corbeille
list-trash-link = Corbeille ({ $count })
notice-token-restored = Jeton restauré
trash-title = Corbeille
trash-explanation = Les jetons supprimés restent ici { $days } jours, puis sont supprimés définitivement.
trash-purge-in = { $days ->
    [one] Supprimé définitivement dans { $days } jour
   *[other] Supprimé définitivement dans { $days } jours
}
trash-empty = La corbeille est vide.
label-sort-by = Trier par
label-undo = Annuler la suppression
label-restore = Restaurer
label-delete-for-good = Supprimer définitivement
label-hide-codes = Masquer les codes jusqu’à ce que vous appuyiez
label-reveal-code = Appuyez pour afficher
label-reorder = Faites glisser pour réordonner
# ---- icon packs ----
label-import-icon-pack = Importer un pack d'icônes…
busy-icon-pack = Importation du pack d'icônes…
settings-icon-pack = Pack d'icônes : { $name }, version { $version }, { $count ->
    [one] { $count } icône
   *[other] { $count } icônes
}
settings-no-icon-pack = Aucun pack d'icônes : importez un pack d'icônes Aegis (un fichier .zip) pour afficher des icônes à côté de vos jetons.
notice-icon-pack-imported = Pack d'icônes importé : { $count ->
    [one] { $count } icône
   *[other] { $count } icônes
}
error-icon-pack = { $problem ->
    [not-zip] Ce fichier n'est pas un pack d'icônes : ce n'est pas une archive ZIP, ou elle est endommagée.
    [too-large] Ce pack d'icônes est trop volumineux : { $mib } Mio au plus.
    [too-many-files] Ce pack d'icônes contient trop de fichiers : { $max } au plus.
    [no-pack-json] Ce n'est pas un pack d'icônes Aegis : il n'a pas de pack.json à sa racine.
    [pack-json-too-large] Le pack.json de ce pack d'icônes est trop volumineux : { $mib } Mio au plus.
    [pack-json-invalid] Le pack.json de ce pack d'icônes est illisible : { $detail }.
    [no-icons] Ce pack d'icônes ne contient aucune icône.
    [too-many-icons] Ce pack d'icônes contient trop d'icônes : { $max } au plus.
    [unsafe-name] Ce pack d'icônes a été refusé : le nom « { $name } » pointe hors du pack.
    [missing-icon] Ce pack d'icônes est incomplet : « { $name } » est absent.
    [not-a-picture] Ce pack d'icônes a été refusé : « { $name } » n'est pas une image SVG, PNG ou JPEG.
    [icon-too-large] Ce pack d'icônes a été refusé : « { $name } » dépasse { $mib } Mio.
    [total-too-large] Ce pack d'icônes a été refusé : ses icônes dépassent { $mib } Mio une fois décompressées.
    [unreadable] Ce pack d'icônes est endommagé : « { $name } » ne peut pas être décompressé.
   *[other] Le pack d'icônes n'a pas pu être enregistré : { $detail }.
}

## Sync with a WebDAV server (settings, list, notices)
busy-syncing = Synchronisation…
sync-title = Synchronisation
sync-explanation = Gardez ce coffre identique sur tous vos appareils grâce à un serveur WebDAV que vous utilisez déjà (Nextcloud, ownCloud, un NAS). Le coffre reste chiffré : le serveur ne voit jamais aucun secret.
sync-url-label = Adresse du fichier du coffre sur le serveur
sync-url-placeholder = https://cloud.example/remote.php/dav/files/alice/motp/vault.motp
sync-user-label = Nom d’utilisateur
sync-password-label = Mot de passe du serveur (pour Nextcloud, un mot de passe d’application)
sync-set-up = Configurer la synchronisation
sync-now = Synchroniser maintenant
sync-turn-off = Désactiver la synchronisation
sync-never = Pas encore synchronisé.
sync-last-ok = { $minutes ->
    [0] Synchronisé à l’instant.
   *[other] Synchronisé il y a { $minutes } min.
}
sync-last-failed = { $minutes ->
    [0] La dernière synchronisation, à l’instant, a échoué : { $reason }
   *[other] La dernière synchronisation, il y a { $minutes } min, a échoué : { $reason }
}
sync-password-changed = Le mot de passe du coffre a été changé sur un autre appareil. Saisissez une fois le nouveau mot de passe pour l’utiliser ici aussi ; en attendant, cet appareil s’ouvre avec l’ancien.
sync-new-password-label = Le nouveau mot de passe du coffre
sync-adopt-password = Utiliser le nouveau mot de passe
list-password-changed-elsewhere = Le mot de passe du coffre a été changé sur un autre appareil : saisissez-le dans les Réglages.
notice-synced = Synchronisé avec vos autres appareils : { $added } ajoutés, { $changed } modifiés, { $removed } supprimés.
notice-sync-up-to-date = Synchronisé : tout est à jour.
notice-sync-password-changed = Le mot de passe du coffre a été changé sur un autre appareil. Saisissez-le une fois dans les Réglages.
error-sync-failed = { $problem ->
    [address] Cette adresse de synchronisation est inutilisable : { $detail }.
    [not-set-up] Ce coffre n’est relié à aucun serveur de synchronisation. Configurez-en un dans les Réglages.
    [refused] Le serveur a refusé le nom d’utilisateur ou le mot de passe. Vérifiez-les ; pour Nextcloud, utilisez un mot de passe d’application.
    [server] Le serveur a répondu par une erreur (HTTP { $status }). Vos modifications sont enregistrées sur cet appareil ; synchronisez plus tard.
    [no-etag] Ce serveur ne peut pas garder les appareils identiques sans risque (il ne donne pas d’ETag). Utilisez un serveur WebDAV comme Nextcloud ou ownCloud.
    [other-vault] Le fichier à cette adresse est un autre coffre : il n’a été ni fusionné ni écrasé. Choisissez une autre adresse.
    [race] D’autres appareils écrivaient le coffre en même temps. Vos modifications sont enregistrées et fusionnées ; synchronisez de nouveau dans un instant.
    [unreachable] Le serveur est injoignable. Vérifiez le réseau et l’adresse ; vos modifications sont enregistrées sur cet appareil et seront synchronisées plus tard.
    [certificate] Le certificat du serveur n’est pas approuvé, rien n’a donc été envoyé. Corrigez le certificat du serveur ou installez son autorité sur cet appareil.
    [timed-out] Le serveur n’a pas répondu à temps. Vos modifications sont enregistrées sur cet appareil ; synchronisez plus tard.
    [too-large] Le serveur a envoyé un fichier trop gros pour être un coffre. Vérifiez l’adresse.
    [no-vault] Il n’y a pas encore de coffre à cette adresse. Configurez d’abord la synchronisation sur l’appareil qui a vos jetons, puis utilisez ici la même adresse.
   *[transport] La synchronisation n’a pas atteint le serveur : { $detail }. Vos modifications sont enregistrées sur cet appareil.
}
join-title = Vous utilisez déjà mOTP Token sur un autre appareil ?
join-explanation = Utilisez le coffre qu’il garde sur votre serveur de synchronisation : cet appareil reçoit les mêmes jetons et reste identique aux autres.
join-vault-password-label = Le mot de passe du coffre (tel que défini sur votre autre appareil)
join-button = Utiliser ce coffre
notice-joined = Cet appareil utilise désormais le coffre de votre serveur de synchronisation.
history-part = { $part ->
    [issuer] émetteur
    [account] compte
    [note] note
    [group] groupe
    [favourite] favori
    [icon] icône
    [tolerance] « utiliser dans » (secondes)
   *[other] valeur
}
detail-history-version = { $origin ->
    [other] Modifié aussi sur un autre appareil (la modification de cet appareil a été gardée). Là-bas, { $part } : { $value }
   *[here] Modifié sur un autre appareil. Avant, { $part } : { $value }
}
detail-history-restore = Restaurer
history-value-empty = (vide)
history-value-yes = oui
history-value-no = non
backup-versions-show = Restaurer une sauvegarde automatique
backup-version = { $time } : { $tokens }
backup-version-reading = lecture…
backup-version-tokens = { $count ->
    [one] 1 jeton
   *[other] { $count } jetons
}
backup-version-unreadable = illisible (endommagée, ou d’un autre coffre)
backup-version-merge = Fusionner
backup-version-restore = Restaurer telle quelle
backup-version-confirm-restore = Remettre le coffre tel que cette sauvegarde le contenait ? Les jetons ajoutés depuis vont à la corbeille (gardés 30 jours), les supprimés reviennent et les noms sont rétablis, sur chaque appareil synchronisé.
notice-backup-taken = Sauvegarde restaurée : { $added } ajoutés, { $changed } modifiés, { $removed } mis à la corbeille.
# ---- the desktop app (motp-desktop) ----
label-app-name = mOTP Token
label-scan-screen = Scanner l'écran
label-paste-picture = Coller une image
label-this-computer = le trousseau de cet ordinateur
label-screen-capture-failed = L'écran n'a pas pu être capturé.
label-long-secret = 32 caractères (DrayTek, privacyIDEA)
